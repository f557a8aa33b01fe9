import { Segmented } from 'antd';
import { useTranslation } from 'react-i18next';
import { type Locale, locales } from '../i18n';

interface Props {
  onChange: (locale: Locale) => void;
}

/** 中文 | English, for places without a user menu (the login page). */
export function LanguageSwitch({ onChange }: Props) {
  const { t, i18n } = useTranslation();
  return (
    <Segmented<Locale>
      size="small"
      value={i18n.language as Locale}
      onChange={onChange}
      options={locales.map((locale) => ({
        value: locale,
        label: (
          <span data-testid={locale === 'en' ? 'login-lang-en' : 'login-lang-zh'}>{t(`lang.${locale}`)}</span>
        ),
      }))}
    />
  );
}

import { Popover, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { TRuleChapter } from '../../api/types';
import { localized } from '../../components/format';

export type RuleEntry = TRuleChapter['rules'][number] & { chapter: string };

/** Rule ID → its entry in the regulations catalogue. */
export function ruleIndex(chapters: TRuleChapter[] | undefined): Map<string, RuleEntry> {
  return new Map(
    (chapters ?? []).flatMap((c) => c.rules.map((r) => [r.id, { ...r, chapter: c.id }] as const)),
  );
}

/**
 * A rule ID; hovering or clicking shows the regulation's own sentence (in Chinese the original
 * text of the source) and what the system does.
 */
export function RuleTag({ id, rule }: { id: string; rule: RuleEntry | undefined }) {
  const { t, i18n } = useTranslation();
  const content = rule ? (
    <div style={{ maxWidth: 420 }}>
      <Typography.Text type="secondary">{t('policies.rule.source')}</Typography.Text>
      <Typography.Paragraph style={{ marginBottom: 8 }}>
        {localized(rule.source, i18n.language)}
      </Typography.Paragraph>
      <Typography.Text type="secondary">{t('policies.rule.system')}</Typography.Text>
      <Typography.Paragraph style={{ marginBottom: 0 }}>
        {localized(rule.system, i18n.language)}
      </Typography.Paragraph>
    </div>
  ) : (
    <Typography.Text type="secondary">{t('policies.rule.unknown')}</Typography.Text>
  );
  return (
    <Popover title={id} content={content}>
      <Tag color="geekblue" style={{ cursor: 'help', marginInlineEnd: 4 }} data-testid={`rule-${id}`}>
        {id}
      </Tag>
    </Popover>
  );
}

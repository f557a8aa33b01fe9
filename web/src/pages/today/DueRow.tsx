import { RightOutlined } from '@ant-design/icons';
import { Flex, Tag, Typography, theme } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDateTimeMinutes } from '../../components/format';

interface Props {
  title: ReactNode;
  /** A second line: the kind of work, the customer, an amount. */
  detail?: ReactNode;
  dueAt: string | null;
  overdue: boolean;
  /** Where the work is done; a row without one is text only. */
  link: string | null;
  testId?: string;
}

/** One piece of work on 今日: a whole-width row the thumb can hit, opening where it is done. */
export function DueRow({ title, detail, dueAt, overdue, link, testId }: Props) {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  const body = (
    <Flex
      align="center"
      gap={8}
      style={{ padding: '10px 0', minHeight: 48, borderBottom: `1px solid ${token.colorBorderSecondary}` }}
      data-testid={testId}
    >
      <Flex vertical style={{ flex: 1, minWidth: 0 }}>
        <Typography.Text strong style={{ overflowWrap: 'anywhere' }}>
          {title}
        </Typography.Text>
        {detail && (
          <Typography.Text type="secondary" style={{ overflowWrap: 'anywhere' }}>
            {detail}
          </Typography.Text>
        )}
        {dueAt && (
          <Flex gap={4} align="center" wrap>
            <Typography.Text type={overdue ? 'danger' : 'secondary'}>
              {formatDateTimeMinutes(dueAt)}
            </Typography.Text>
            {overdue && <Tag color="red">{t('todo.overdue')}</Tag>}
          </Flex>
        )}
      </Flex>
      {link && <RightOutlined style={{ color: token.colorTextTertiary }} />}
    </Flex>
  );
  return link ? (
    <Link to={link} style={{ color: 'inherit', display: 'block' }}>
      {body}
    </Link>
  ) : (
    body
  );
}

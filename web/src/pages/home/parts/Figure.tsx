import { Typography } from 'antd';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { formatFenText } from '../../../components/format';

/**
 * A figure of the 工作台 that opens the records behind it (the list page, filtered). `testId`
 * names it for the browser test, which compares what is shown with the API.
 */
export function FigureLink({
  to,
  children,
  testId,
  danger,
  strong,
}: {
  to: string;
  children: ReactNode;
  testId?: string;
  danger?: boolean;
  strong?: boolean;
}) {
  return (
    <Link to={to} data-testid={testId} className="workbench-figure">
      <Typography.Text
        type={danger ? 'danger' : undefined}
        strong={strong}
        style={{ color: danger ? undefined : 'inherit' }}
      >
        {children}
      </Typography.Text>
    </Link>
  );
}

/** An amount in fen, linked to its list. */
export function MoneyLink({
  fen,
  to,
  testId,
  danger,
  strong,
}: {
  fen: string;
  to: string;
  testId?: string;
  danger?: boolean;
  strong?: boolean;
}) {
  return (
    <FigureLink to={to} testId={testId} danger={danger && BigInt(fen) > 0n} strong={strong}>
      {formatFenText(fen)}
    </FigureLink>
  );
}

/** A percentage with one decimal, or a dash when there is no base. */
export const pctText = (v: number | null | undefined) => (v === null || v === undefined ? '—' : `${v}%`);

import { useTranslation } from 'react-i18next';
import { useUnits } from '../../api/hooks/units';
import type { TQuote } from '../../api/types';
import { chineseAmount } from '../../components/chinese-amount';
import { formatDate } from '../../components/company-time';
import { formatYuan } from '../../components/format';
import { bpToPct } from './line-math';

/**
 * While printing, only the quote shows: everything else on the page (menu, header, buttons,
 * approval panel) is hidden, and the printable block — hidden on screen — is laid out on A4.
 */
const printCss = `
.quote-print { display: none; }
@media print {
  @page { size: A4; margin: 16mm; }
  body * { visibility: hidden !important; }
  .quote-print, .quote-print * { visibility: visible !important; }
  .quote-print { display: block; position: absolute; left: 0; top: 0; width: 100%; color: #000; font-size: 12px; }
  .quote-print h1 { text-align: center; font-size: 20px; margin: 0 0 4px; }
  .quote-print .sub { text-align: center; margin-bottom: 16px; }
  .quote-print table { width: 100%; border-collapse: collapse; margin: 12px 0; }
  .quote-print th, .quote-print td { border: 1px solid #000; padding: 4px 6px; }
  .quote-print td.num { text-align: right; white-space: nowrap; }
  .quote-print .meta { display: flex; justify-content: space-between; gap: 24px; }
  .quote-print .sign { display: flex; justify-content: space-between; margin-top: 40px; }
}
`;

const money = (fen: string) => formatYuan(BigInt(fen));

/** Q2C-3: the printable quote — company and customer, lines, total in figures and in capitals, validity. */
export function QuotePrint({ quote }: { quote: TQuote }) {
  const { t } = useTranslation();
  const units = useUnits();
  const company = units.data?.find((u) => u.parentId === null)?.name ?? '';
  return (
    <>
      <style>{printCss}</style>
      <div className="quote-print" data-testid="quote-print">
        <h1>{t('quotes.print.title')}</h1>
        <div className="sub">
          {t('quotes.print.pair', { label: t('quotes.fields.number'), value: quote.number })}
        </div>
        <div className="meta">
          <div>
            <div>{t('quotes.print.pair', { label: t('quotes.print.to'), value: quote.customer.name })}</div>
            <div>{t('quotes.print.pair', { label: t('quotes.print.from'), value: company })}</div>
          </div>
          <div>
            <div>
              {t('quotes.print.pair', {
                label: t('quotes.print.date'),
                value: formatDate(quote.createdAt),
              })}
            </div>
            <div>
              {t('quotes.print.pair', { label: t('quotes.fields.validUntil'), value: quote.validUntil })}
            </div>
            <div>
              {t('quotes.print.pair', { label: t('quotes.fields.owner'), value: quote.owner.displayName })}
            </div>
          </div>
        </div>
        <table>
          <thead>
            <tr>
              <th>#</th>
              <th>{t('quotes.lines.code')}</th>
              <th>{t('quotes.lines.product')}</th>
              <th>{t('quotes.lines.unit')}</th>
              <th>{t('quotes.lines.quantity')}</th>
              <th>{t('quotes.lines.listPrice')}</th>
              <th>{t('quotes.lines.discount')}</th>
              <th>{t('quotes.lines.unitPrice')}</th>
              <th>{t('quotes.lines.amount')}</th>
            </tr>
          </thead>
          <tbody>
            {quote.lines.map((l) => (
              <tr key={l.id}>
                <td>{l.seq}</td>
                <td>{l.productCode}</td>
                <td>
                  {l.productName}
                  {l.remark ? t('quotes.print.lineRemark', { remark: l.remark }) : ''}
                </td>
                <td>{l.unit}</td>
                <td className="num">{l.quantity}</td>
                <td className="num">{money(l.listPriceFen)}</td>
                <td className="num">{bpToPct(l.discountBp)}</td>
                <td className="num">{money(l.unitPriceFen)}</td>
                <td className="num">{money(l.amountFen)}</td>
              </tr>
            ))}
            <tr>
              <td colSpan={8}>{t('quotes.print.totalFigures', { rate: quote.taxRatePct })}</td>
              <td className="num">{money(quote.totalFen)}</td>
            </tr>
            <tr>
              <td colSpan={9}>{t('quotes.print.capitals', { text: chineseAmount(quote.totalFen) })}</td>
            </tr>
          </tbody>
        </table>
        <div>
          {t('quotes.print.taxNote', {
            rate: quote.taxRatePct,
            tax: money(quote.taxFen),
            net: money(quote.netTotalFen),
          })}
        </div>
        <div>{t('quotes.print.validity', { date: quote.validUntil })}</div>
        {quote.remark && (
          <div>{t('quotes.print.pair', { label: t('quotes.fields.remark'), value: quote.remark })}</div>
        )}
        <div className="sign">
          <span>{t('quotes.print.sellerSign')}</span>
          <span>{t('quotes.print.buyerSign')}</span>
        </div>
      </div>
    </>
  );
}

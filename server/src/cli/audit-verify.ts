import { verifyAuditChain } from '../platform/audit/verify.js';
import { withVerifiedDatabase } from './verify-database.js';

/** `npm run audit:verify`: recompute the audit hash chain (PEN-3); exit 1 naming the first broken row. */
const report = await withVerifiedDatabase('audit:verify', verifyAuditChain);
if (report.ok) {
  console.log(`audit chain intact: ${report.checked} rows verified`);
} else {
  console.error(
    `audit chain BROKEN at row ${report.brokenAt?.id} (${report.brokenAt?.reason}); ${report.checked} rows before it verified`,
  );
  process.exit(1);
}

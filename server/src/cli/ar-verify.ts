import { verifyInstalmentAmounts } from '../modules/receivables/index.js';
import { withVerifiedDatabase } from './verify-database.js';

/**
 * `npm run ar:verify`: the instalments' stored amounts against the sums of their settlements
 * (AR-4); exit 1 naming the first instalments that differ.
 */
const report = await withVerifiedDatabase('ar:verify', verifyInstalmentAmounts);
if (report.ok) {
  console.log(`instalment amounts agree with the settlements: ${report.checked} instalments verified`);
} else {
  console.error(`instalment amounts DIFFER on ${report.mismatchCount} of ${report.checked} instalments:`);
  for (const m of report.mismatches.slice(0, 20))
    console.error(
      `  ${m.instalmentId}: stored ${JSON.stringify(m.stored)}, settlements ${JSON.stringify(m.computed)}`,
    );
  process.exit(1);
}

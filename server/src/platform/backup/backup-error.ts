/** A backup or restore refused or failed for a reason the operator can act on (the CLI prints it, exits 1). */
export class BackupError extends Error {}

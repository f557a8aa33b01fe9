/** Placeholder until the screen lands. */
export function InquiryPage() {
  return null;
}

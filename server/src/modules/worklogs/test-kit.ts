/** OPS-1: a work log's fields, with what was done. */
export const fields = (done: string) => ({
  done,
  customerOpinions: '客户希望缩短交期',
  problems: '样品不足',
  tomorrowPlan: '拜访两家新客户',
});

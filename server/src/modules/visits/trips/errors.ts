import { type CodesOf, defineErrors } from '../../../platform/errors.js';

/** The error codes of business trips (出差): HTTP status and zh-CN/en messages. */
export const tripErrors = defineErrors({
  TRIP_DATES: {
    status: 422,
    zh: '返回日期不能早于出发日期',
    en: 'The return date cannot be before the departure date',
  },
  TRIP_NOT_ACTIVE: {
    status: 409,
    zh: '出差已返回或已取消，不能再办理此操作',
    en: 'The trip has already returned or been cancelled',
  },
  TRIP_NOT_OWN: {
    status: 403,
    zh: '只有出差人本人可以登记返回或取消出差',
    en: 'Only the person on the trip may mark it returned or cancel it',
  },
});

declare module '../../../platform/errors.js' {
  interface ErrorCatalogue extends CodesOf<typeof tripErrors> {}
}

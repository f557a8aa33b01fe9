import { type CodesOf, defineErrors } from '../../platform/errors.js';

/** The morning meetings' error codes: HTTP status and zh-CN/en messages. */
export const meetingErrors = defineErrors({
  MEETING_CLOSED: {
    status: 422,
    zh: '早会已结束，记录不能再修改',
    en: 'The meeting is closed; its record can no longer change',
  },
  MEETING_NOT_MEMBER: {
    status: 422,
    zh: '此人不是该部门早会的成员',
    en: 'That person is not a member of this meeting',
  },
  MEETING_MEMBER_AWAY: {
    status: 422,
    zh: '此人出差或外出拜访，免于出席早会，不能记为迟到或缺席',
    en: 'That person is away on a trip or a visit and exempt: they cannot be marked late or absent',
  },
  MEETING_NOT_LATE: {
    status: 422,
    zh: '到会时间不晚于早会开始时间，不是迟到',
    en: 'That arrival is not after the start of the meeting: it is not late',
  },
  MEETING_ASSIGNEE_OUT_OF_REACH: {
    status: 422,
    zh: '只能给自己的直接下属布置工作，或经其直接上级（须为您的直接下属）转交',
    en: 'Work goes to your direct reports, or through their direct superior when that superior reports to you',
  },
});

declare module '../../platform/errors.js' {
  interface ErrorCatalogue extends CodesOf<typeof meetingErrors> {}
}

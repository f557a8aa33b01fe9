import { describe, expect, it } from 'vitest';
import { timelineLook } from './timeline-icons';

describe('timeline event looks', () => {
  it.each([
    ['followup.logged', { followUpKind: 'visit' }, 'visit'],
    ['followup.logged', { kind: 'meeting' }, 'meeting'],
    ['followup.logged', { kind: 'wechat' }, 'wechat'],
    ['followup.logged', null, 'phone'],
    ['followup.service', { kind: 'service' }, 'service'],
    ['service.logged', null, 'service'],
    ['customer.created', null, 'created'],
    ['lead.created', null, 'created'],
    ['customer.imported', null, 'imported'],
    ['customer.updated', null, 'updated'],
    ['visit.checkedIn', { purpose: 'maintenance' }, 'visit'],
    ['visit.done', { content: '确认订单' }, 'visit'],
    ['contact.added', null, 'contact'],
    ['attachment.uploaded', null, 'attachment'],
    ['ownership.claim', null, 'ownership'],
    ['collaborator.added', null, 'team'],
    ['opportunity.stage', null, 'opportunity'],
    ['inquiry.linked', null, 'inquiry'],
    ['contract.signed', null, 'contract'],
    ['something.new', null, 'other'],
  ] as const)('%s %j → %s', (kind, data, look) => {
    expect(timelineLook(kind, data)).toBe(look);
  });
});

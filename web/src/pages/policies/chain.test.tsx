import { fireEvent, render, screen } from '@testing-library/react';
import i18n from 'i18next';
import { useState } from 'react';
import { beforeAll, describe, expect, it } from 'vitest';
import type { TChainChoices, TPolicyRole } from '../../api/types';
import { ensureMessages } from '../../i18n';
import '../../i18n';
import { ChainEditor } from './ChainEditor';
import type { ChainStep } from './chain-text';
import { cleanChain, formatPolicyValue, fromFormValue, toFormValue, valueKind } from './policy-values';

const roles: TPolicyRole[] = [
  { code: 'finance', name: { 'zh-CN': '财务', en: 'Finance' } },
  { code: 'gm', name: { 'zh-CN': '总经理', en: 'General manager' } },
  { code: 'key_account', name: { 'zh-CN': '大客户专员', en: 'Key account officer' } },
  { code: 'sales_director', name: { 'zh-CN': '销售总监', en: 'Sales director' } },
  { code: 'sales_manager', name: { 'zh-CN': '销售经理', en: 'Sales manager' } },
];
const choices: TChainChoices = {
  amountAbove: [
    {
      id: 'contract.gmThresholdFen',
      label: { 'zh-CN': '合同：需总经理审批的金额', en: 'Contract: amount needing the GM' },
      value: 50_000_000,
    },
  ],
  measures: [],
  flags: [
    { key: 'creditRisk', label: { 'zh-CN': '客户超信用额度或有逾期欠款', en: 'Customer over its credit' } },
  ],
};
const contractChain: ChainStep[] = [
  { kind: 'nearestRole', role: 'sales_manager' },
  { kind: 'role', role: 'gm', when: { amountAbove: 'contract.gmThresholdFen' } },
  { kind: 'role', role: 'finance', when: { flag: 'creditRisk' } },
];

/** The editor under a form's value, as Form.Item drives it; `latest` is what the form would hold. */
let latest: ChainStep[] = [];
function Harness() {
  const [value, setValue] = useState<ChainStep[]>(contractChain);
  latest = value;
  return <ChainEditor value={value} onChange={setValue} choices={choices} roles={roles} />;
}

describe('approver chains in the policy centre (ORG-3: approvers are policies)', () => {
  beforeAll(() => ensureMessages('en'));
  const zh = i18n.getFixedT('zh-CN');
  const en = i18n.getFixedT('en');

  it('ORG-3: a chain reads as steps with role names, not codes, in zh-CN and en', () => {
    const ctx = { roles, choices };
    expect(formatPolicyValue(contractChain, 'approverChain', zh, ctx)).toBe(
      '1. 上级链中最近的销售经理 → 2. 总经理（仅当金额超过合同：需总经理审批的金额（现为 ¥500,000.00）） → 3. 财务（仅当客户超信用额度或有逾期欠款）',
    );
    expect(formatPolicyValue(contractChain, 'approverChain', en, ctx)).toBe(
      '1. Nearest Sales manager up the chain → 2. General manager (only when the amount is above Contract: amount needing the GM (now ¥500,000.00)) → 3. Finance (only when Customer over its credit)',
    );
    // A custom role by its name; superior, N levels up and the region's role in words.
    const other: ChainStep[] = [
      { kind: 'superior' },
      { kind: 'levelsUp', levels: 2 },
      { kind: 'regionRole', role: 'key_account' },
    ];
    expect(formatPolicyValue(other, 'approverChain', zh, ctx)).toBe(
      '1. 直属上级 → 2. 上 2 级 → 3. 本大区的大客户专员',
    );
    expect(formatPolicyValue(other, 'approverChain', en, ctx)).toBe(
      '1. Direct superior → 2. 2 levels up → 3. Key account officer of the region',
    );
  });

  it('ORG-3: a chain is edited with the chain editor and sent as steps', () => {
    expect(valueKind('approverChain', contractChain)).toBe('chain');
    expect(toFormValue('chain', contractChain)).toEqual(contractChain);
    expect(
      fromFormValue(
        'chain',
        [
          { kind: 'levelsUp', levels: 3, role: 'gm' },
          { kind: 'superior', levels: 2 },
        ],
        [],
      ),
    ).toEqual([{ kind: 'levelsUp', levels: 3 }, { kind: 'superior' }]);
    expect(cleanChain([{ kind: 'role', role: 'gm', when: { flag: 'creditRisk' } }])).toEqual([
      { kind: 'role', role: 'gm', when: { flag: 'creditRisk' } },
    ]);
  });

  it('ORG-3: the editor adds, moves and removes steps', () => {
    render(<Harness />);
    expect(screen.getByTestId('chain-step-0').textContent).toContain('上级链中最近的销售经理');
    fireEvent.click(screen.getByTestId('chain-add'));
    expect(latest).toHaveLength(4);
    expect(latest[3]).toEqual({ kind: 'superior' });
    // Move the new last step up, then remove the first step.
    fireEvent.click(screen.getByTestId('chain-up-3'));
    expect(latest.map((s) => s.kind)).toEqual(['nearestRole', 'role', 'superior', 'role']);
    fireEvent.click(screen.getByTestId('chain-remove-0'));
    expect(latest.map((s) => s.kind)).toEqual(['role', 'superior', 'role']);
    expect(latest[0]).toEqual({ kind: 'role', role: 'gm', when: { amountAbove: 'contract.gmThresholdFen' } });
  });
});

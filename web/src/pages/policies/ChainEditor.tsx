import { Button, Card, InputNumber, Select, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { TChainChoices, TPolicyRole } from '../../api/types';
import { localized } from '../../components/format';
import {
  type ChainCondition,
  type ChainKind,
  type ChainStep,
  chainKinds,
  roleKinds,
  roleName,
  stepText,
} from './chain-text';

type ConditionType = 'none' | 'amountAbove' | 'measureAbove' | 'flag';

interface Props {
  value?: ChainStep[];
  onChange?: (value: ChainStep[]) => void;
  choices: TChainChoices | undefined;
  roles: TPolicyRole[];
}

function conditionType(when: ChainCondition | undefined): ConditionType {
  if (!when) return 'none';
  if ('amountAbove' in when) return 'amountAbove';
  if ('measureAbove' in when) return 'measureAbove';
  return 'flag';
}

/**
 * Edits an approval flow's chain: steps in order, each a kind (direct superior, N levels up,
 * nearest role up the chain, a company-wide role, a role of the region), a role where the kind
 * needs one, and an optional condition the flow offers. Add, remove and move steps.
 */
export function ChainEditor({ value = [], onChange, choices, roles }: Props) {
  const { t, i18n } = useTranslation();
  const lng = i18n.language;
  const ctx = { roles, choices };
  const set = (steps: ChainStep[]) => onChange?.(steps);
  const update = (i: number, patch: Partial<ChainStep>) =>
    set(value.map((s, j) => (j === i ? { ...s, ...patch } : s)));
  const move = (i: number, by: number) => {
    const next = [...value];
    const [step] = next.splice(i, 1);
    if (step) next.splice(i + by, 0, step);
    set(next);
  };
  const roleOptions = roles.map((r) => ({ value: r.code, label: roleName(r.code, t, lng, roles) }));
  const types: ConditionType[] = [
    'none',
    ...(choices?.amountAbove.length ? (['amountAbove'] as const) : []),
    ...(choices?.measures.length ? (['measureAbove'] as const) : []),
    ...(choices?.flags.length ? (['flag'] as const) : []),
  ];
  const firstCondition = (type: ConditionType): ChainCondition | undefined => {
    if (type === 'amountAbove' && choices?.amountAbove[0]) return { amountAbove: choices.amountAbove[0].id };
    const m = choices?.measures[0];
    if (type === 'measureAbove' && m?.policies[0])
      return { measureAbove: { measure: m.key, policy: m.policies[0].id } };
    if (type === 'flag' && choices?.flags[0]) return { flag: choices.flags[0].key };
    return undefined;
  };

  return (
    <Space orientation="vertical" style={{ width: '100%' }} data-testid="chain-editor">
      {value.map((step, i) => {
        const type = conditionType(step.when);
        const when = step.when;
        return (
          // biome-ignore lint/suspicious/noArrayIndexKey: steps have no identity of their own; the position is the step
          <Card key={i} size="small" data-testid={`chain-step-${i}`}>
            <Space wrap>
              <Typography.Text strong>{i + 1}.</Typography.Text>
              <Select<ChainKind>
                aria-label={t('policies.chain.kind')}
                value={step.kind}
                style={{ width: 200 }}
                options={chainKinds.map((k) => ({ value: k, label: t(`policies.chain.kinds.${k}`) }))}
                onChange={(kind) => update(i, { kind })}
              />
              {step.kind === 'levelsUp' && (
                <InputNumber
                  aria-label={t('policies.chain.levels')}
                  min={1}
                  max={10}
                  value={step.levels ?? 1}
                  onChange={(levels) => update(i, { levels: levels ?? 1 })}
                  suffix={t('policies.chain.levelsSuffix')}
                />
              )}
              {roleKinds.includes(step.kind) && (
                <Select<string>
                  aria-label={t('policies.chain.role')}
                  value={step.role || undefined}
                  placeholder={t('policies.chain.role')}
                  style={{ width: 160 }}
                  options={roleOptions}
                  showSearch={{ optionFilterProp: 'label' }}
                  onChange={(role) => update(i, { role })}
                />
              )}
              <Select<ConditionType>
                aria-label={t('policies.chain.condition')}
                value={type}
                style={{ width: 180 }}
                options={types.map((c) => ({ value: c, label: t(`policies.chain.conditions.${c}`) }))}
                onChange={(c) => update(i, { when: firstCondition(c) })}
              />
              {when && 'amountAbove' in when && (
                <Select<string>
                  aria-label={t('policies.chain.threshold')}
                  value={when.amountAbove}
                  style={{ width: 260 }}
                  options={choices?.amountAbove.map((p) => ({ value: p.id, label: localized(p.label, lng) }))}
                  onChange={(id) => update(i, { when: { amountAbove: id } })}
                />
              )}
              {when && 'measureAbove' in when && (
                <Select<string>
                  aria-label={t('policies.chain.threshold')}
                  value={`${when.measureAbove.measure}|${when.measureAbove.policy}`}
                  style={{ width: 300 }}
                  options={choices?.measures.flatMap((m) =>
                    m.policies.map((p) => ({
                      value: `${m.key}|${p.id}`,
                      label: `${localized(m.label, lng)} > ${localized(p.label, lng)}`,
                    })),
                  )}
                  onChange={(v) => {
                    const [measure = '', policy = ''] = v.split('|');
                    update(i, { when: { measureAbove: { measure, policy } } });
                  }}
                />
              )}
              {when && 'flag' in when && (
                <Select<string>
                  aria-label={t('policies.chain.flag')}
                  value={when.flag}
                  style={{ width: 300 }}
                  options={choices?.flags.map((f) => ({ value: f.key, label: localized(f.label, lng) }))}
                  onChange={(flag) => update(i, { when: { flag } })}
                />
              )}
              <Button
                size="small"
                disabled={i === 0}
                onClick={() => move(i, -1)}
                data-testid={`chain-up-${i}`}
              >
                {t('policies.chain.up')}
              </Button>
              <Button
                size="small"
                disabled={i === value.length - 1}
                onClick={() => move(i, 1)}
                data-testid={`chain-down-${i}`}
              >
                {t('policies.chain.down')}
              </Button>
              <Button
                size="small"
                danger
                disabled={value.length <= 1}
                onClick={() => set(value.filter((_, j) => j !== i))}
                data-testid={`chain-remove-${i}`}
              >
                {t('policies.chain.remove')}
              </Button>
            </Space>
            <Typography.Paragraph type="secondary" style={{ margin: '8px 0 0' }}>
              {stepText(step, t, lng, ctx)}
            </Typography.Paragraph>
          </Card>
        );
      })}
      <Button onClick={() => set([...value, { kind: 'superior' }])} data-testid="chain-add">
        {t('policies.chain.add')}
      </Button>
    </Space>
  );
}

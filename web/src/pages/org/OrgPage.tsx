import { EditOutlined, PlusOutlined, UserAddOutlined } from '@ant-design/icons';
import { Button, Card, Col, Descriptions, Empty, Row, Skeleton, Space, Tag, Tree, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCan } from '../../api/hooks/me';
import { useUnits } from '../../api/hooks/units';
import type { TUnit } from '../../api/types';
import { ErrorAlert } from '../../components/ErrorAlert';
import { buildUnitTree } from '../../components/unit-tree';
import { UserCreateModal } from '../users/UserCreateModal';
import { type UnitDialog, UnitFormModal } from './UnitFormModal';
import { UnitMembers } from './UnitMembers';

function UnitTitle({ unit }: { unit: TUnit }) {
  return (
    <span>
      {unit.name} <Typography.Text type="secondary">({unit.memberCount})</Typography.Text>
    </span>
  );
}

export function OrgPage() {
  const { t } = useTranslation();
  const can = useCan();
  const units = useUnits();
  const [selectedId, setSelectedId] = useState<string>();
  const [dialog, setDialog] = useState<UnitDialog>();
  const [creatingUser, setCreatingUser] = useState(false);
  const tree = buildUnitTree(units.data ?? [], (unit) => <UnitTitle unit={unit} />);
  const selected = units.data?.find((u) => u.id === (selectedId ?? tree[0]?.key));
  const manageUnits = can('unit:manage');

  return (
    <Row gutter={[16, 16]}>
      <Col xs={24} lg={8} xl={6}>
        <Card title={t('nav.org')} data-testid="unit-tree">
          <ErrorAlert error={units.error} onRetry={() => void units.refetch()} />
          {units.isPending && <Skeleton active />}
          {units.data && tree.length === 0 && <Empty />}
          {tree.length > 0 && (
            <Tree
              blockNode
              showLine
              defaultExpandAll
              selectedKeys={selected ? [selected.id] : []}
              onSelect={(keys) => keys[0] !== undefined && setSelectedId(String(keys[0]))}
              treeData={tree}
            />
          )}
        </Card>
      </Col>
      <Col xs={24} lg={16} xl={18}>
        {selected && (
          <Card
            title={
              <Space>
                {selected.name}
                <Tag>{t(`unit.kind.${selected.kind}`)}</Tag>
              </Space>
            }
            extra={
              <Space wrap>
                {manageUnits && (
                  <Button icon={<EditOutlined />} onClick={() => setDialog({ mode: 'edit', unit: selected })}>
                    {t('unit.edit')}
                  </Button>
                )}
                {manageUnits && selected.kind !== 'team' && (
                  <Button
                    icon={<PlusOutlined />}
                    onClick={() => setDialog({ mode: 'create', parent: selected })}
                  >
                    {t('unit.addChild')}
                  </Button>
                )}
                {can('user:manage') && (
                  <Button icon={<UserAddOutlined />} onClick={() => setCreatingUser(true)}>
                    {t('user.create')}
                  </Button>
                )}
              </Space>
            }
          >
            <Descriptions
              size="small"
              style={{ marginBottom: 16 }}
              items={[
                { key: 'code', label: t('unit.code'), children: selected.code },
                { key: 'members', label: t('unit.memberCount'), children: selected.memberCount },
                { key: 'sort', label: t('unit.sort'), children: selected.sort },
              ]}
            />
            {can('user:read') && <UnitMembers key={selected.id} unitId={selected.id} />}
          </Card>
        )}
      </Col>
      <UnitFormModal dialog={dialog} onClose={() => setDialog(undefined)} />
      <UserCreateModal open={creatingUser} onClose={() => setCreatingUser(false)} unitId={selected?.id} />
    </Row>
  );
}

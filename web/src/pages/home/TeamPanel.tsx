import { Col, Flex, Row } from 'antd';
import { useWorkbenchTeam } from './hooks';
import { AsOf } from './parts/AsOf';
import { EmptyTargets } from './parts/EmptyTargets';
import { KpiRow } from './parts/Kpis';
import { CollectionsCard, OverdueCard } from './parts/Money';
import { PanelState } from './parts/PanelState';
import { PipelineByMonth, PipelineByStage } from './parts/Pipeline';
import { TeamTable } from './TeamTable';

/** OPS-5, a supervisor's or manager's 工作台: the team in total, then each person, each figure linked. */
export function TeamPanel() {
  const team = useWorkbenchTeam(true);
  const data = team.data;
  if (!data) return <PanelState error={team.error} onRetry={() => void team.refetch()} />;
  const { total } = data;
  return (
    <Flex vertical gap={16} data-testid="workbench-team">
      <AsOf asOf={data.asOf} onRefresh={() => void team.refresh()} busy={team.refreshing} />
      {!data.targetsSet && <EmptyTargets />}
      <KpiRow kpis={total.kpis} pace={data.pace} salesMetric={data.salesMetric} prefix="team" />
      <Row gutter={[16, 16]}>
        {total.collections && (
          <Col xs={24} lg={12}>
            <CollectionsCard plan={total.collections} prefix="team" />
          </Col>
        )}
        {total.overdue && (
          <Col xs={24} lg={12}>
            <OverdueCard overdue={total.overdue} prefix="team" />
          </Col>
        )}
        {total.pipeline && (
          <Col xs={24} lg={12}>
            <PipelineByStage pipeline={total.pipeline} prefix="team" />
          </Col>
        )}
        {total.pipeline && (
          <Col xs={24} lg={12}>
            <PipelineByMonth pipeline={total.pipeline} prefix="team" />
          </Col>
        )}
      </Row>
      <TeamTable team={data} />
    </Flex>
  );
}

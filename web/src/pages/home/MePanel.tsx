import { Col, Flex, Row } from 'antd';
import { useWorkbenchMe } from './hooks';
import { AsOf } from './parts/AsOf';
import { EmptyTargets } from './parts/EmptyTargets';
import { KpiRow } from './parts/Kpis';
import { CollectionsCard, OverdueCard } from './parts/Money';
import { PanelState } from './parts/PanelState';
import { PipelineByMonth, PipelineByStage } from './parts/Pipeline';
import { TodoCard, VisitsTodayCard } from './parts/Today';

/**
 * OPS-5, a rep's 工作台: my target and completion this month and year, collections against the
 * month's plan, my overdue, my pipeline by stage and by expected close month, today's visits and
 * 待办. Every figure opens the records behind it; on a phone the cards stack.
 */
export function MePanel() {
  const me = useWorkbenchMe(true);
  const data = me.data;
  if (!data) return <PanelState error={me.error} onRetry={() => void me.refetch()} />;
  return (
    <Flex vertical gap={16} data-testid="workbench-me">
      <AsOf asOf={data.asOf} onRefresh={() => void me.refresh()} busy={me.refreshing} />
      {!data.targetsSet && <EmptyTargets />}
      <KpiRow kpis={data.kpis} pace={data.pace} salesMetric={data.salesMetric} prefix="me" />
      <Row gutter={[16, 16]}>
        {data.collections && (
          <Col xs={24} lg={12}>
            <CollectionsCard plan={data.collections} prefix="me" />
          </Col>
        )}
        {data.overdue && (
          <Col xs={24} lg={12}>
            <OverdueCard overdue={data.overdue} prefix="me" />
          </Col>
        )}
        {data.pipeline && (
          <Col xs={24} lg={12}>
            <PipelineByStage pipeline={data.pipeline} prefix="me" />
          </Col>
        )}
        {data.pipeline && (
          <Col xs={24} lg={12}>
            <PipelineByMonth pipeline={data.pipeline} prefix="me" />
          </Col>
        )}
        {data.visitsToday && (
          <Col xs={24} lg={12}>
            <VisitsTodayCard me={data} />
          </Col>
        )}
        <Col xs={24} lg={12}>
          <TodoCard todo={data.todo} />
        </Col>
      </Row>
    </Flex>
  );
}

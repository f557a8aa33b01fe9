import { TableOutlined } from '@ant-design/icons';
import { Button, Col, Flex, Row } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useMe } from '../../api/hooks/me';
import { RiskHeatCard } from '../risks/RiskHeatCard';
import { FunnelChartCard, TargetsByMonthChart, TrendChart } from './CompanyCharts';
import { PerformersCard, RegionsTable } from './CompanyTables';
import { useWorkbenchCompany } from './hooks';
import { AsOf } from './parts/AsOf';
import { EmptyTargets } from './parts/EmptyTargets';
import { KpiRow } from './parts/Kpis';
import { AgingChart, CollectionsCard, OverdueCard } from './parts/Money';
import { PanelState } from './parts/PanelState';
import { PipelineByMonth } from './parts/Pipeline';

/**
 * OPS-5, the director's and the GM's 工作台 (a regional manager's: their region): the company
 * and its regions — targets vs actual by month, collections and overdue by month, aging, funnel
 * and forecast, top and bottom performers, the way to the 销售状况一览表.
 */
export function CompanyPanel() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const company = useWorkbenchCompany(true);
  const me = useMe();
  const data = company.data;
  if (!data) return <PanelState error={company.error} onRetry={() => void company.refetch()} />;
  return (
    <Flex vertical gap={16} data-testid="workbench-company">
      <Flex justify="space-between" align="center" wrap gap={8}>
        <AsOf asOf={data.asOf} onRefresh={() => void company.refresh()} busy={company.refreshing} />
        <Button
          icon={<TableOutlined />}
          onClick={() => navigate(data.statusLink)}
          data-testid="company-status-link"
        >
          {t('workbench.company.statusLink')}
        </Button>
      </Flex>
      {!data.targetsSet && <EmptyTargets />}
      <KpiRow kpis={data.kpis} pace={data.pace} salesMetric={data.salesMetric} prefix="company" />
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={12}>
          <TargetsByMonthChart data={data} />
        </Col>
        {data.trend && (
          <Col xs={24} xl={12}>
            <TrendChart trend={data.trend} />
          </Col>
        )}
        {data.collections && (
          <Col xs={24} lg={12} xl={8}>
            <CollectionsCard plan={data.collections} prefix="company" />
          </Col>
        )}
        {data.overdue && (
          <Col xs={24} lg={12} xl={8}>
            <OverdueCard overdue={data.overdue} prefix="company" />
          </Col>
        )}
        {data.aging && (
          <Col xs={24} xl={8}>
            <AgingChart aging={data.aging} prefix="company" />
          </Col>
        )}
        {data.funnel && (
          <Col xs={24} lg={12}>
            <FunnelChartCard funnel={data.funnel} />
          </Col>
        )}
        {data.pipeline && (
          <Col xs={24} lg={12}>
            <PipelineByMonth
              pipeline={data.pipeline}
              prefix="company"
              title={t('workbench.company.forecast')}
            />
          </Col>
        )}
        <Col xs={24} xl={12}>
          <PerformersCard performers={data.performers} />
        </Col>
        <Col xs={24} xl={12}>
          <RegionsTable regions={data.regions} />
        </Col>
        {me.data && 'risk:read' in me.data.permissions && (
          <Col xs={24} xl={12}>
            <RiskHeatCard />
          </Col>
        )}
      </Row>
    </Flex>
  );
}

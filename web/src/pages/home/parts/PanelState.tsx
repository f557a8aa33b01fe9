import { Card, Col, Row, Skeleton } from 'antd';
import { ErrorAlert } from '../../../components/ErrorAlert';

/** Loading: the panel's shape in skeletons; an error: what went wrong and a retry. */
export function PanelState({ error, onRetry }: { error: unknown; onRetry: () => void }) {
  if (error) return <ErrorAlert error={error} onRetry={onRetry} />;
  return (
    <Row gutter={[16, 16]} data-testid="workbench-loading">
      {[0, 1, 2, 3].map((i) => (
        <Col key={i} xs={24} sm={12} xl={6}>
          <Card size="small">
            <Skeleton active paragraph={{ rows: 3 }} />
          </Card>
        </Col>
      ))}
    </Row>
  );
}

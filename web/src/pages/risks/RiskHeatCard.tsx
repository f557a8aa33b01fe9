import { Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { RiskHeatmap } from './RiskHeatmap';

/** RISK-1: the heat map on the director's 工作台; a cell opens the register filtered to it. */
export function RiskHeatCard() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  return (
    <RiskHeatmap
      height={260}
      extra={
        <Button type="link" size="small" onClick={() => navigate('/risks')}>
          {t('risks.heatmap.open')}
        </Button>
      }
      onCell={({ likelihood, impact }) => navigate(`/risks?likelihood=${likelihood}&impact=${impact}`)}
    />
  );
}

import { CarOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCan } from '../../api/hooks/me';
import { VisitCreateModal } from './VisitCreateModal';

/** VIS-4, on the customer page: plan a visit to this customer (visit:write; the server checks the customer is the rep's). */
export function PlanVisitButton({ customer }: { customer: { id: string; name: string } }) {
  const { t } = useTranslation();
  const can = useCan();
  const [open, setOpen] = useState(false);
  if (!can('visit:write')) return null;
  return (
    <>
      <Button icon={<CarOutlined />} onClick={() => setOpen(true)} data-testid="customer-plan-visit">
        {t('visits.create')}
      </Button>
      <VisitCreateModal open={open} onClose={() => setOpen(false)} customer={customer} />
    </>
  );
}

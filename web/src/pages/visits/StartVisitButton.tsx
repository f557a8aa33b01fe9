import { CarOutlined } from '@ant-design/icons';
import { Button, type ButtonProps } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { api } from '../../api/api';
import { useMe } from '../../api/hooks/me';
import { useCreateVisit, useVisitPurposes } from '../../api/hooks/visits';
import type { TVisitPurpose } from '../../api/types';
import { useAction } from '../../components/use-action';

/** What an unplanned visit is for unless the person says otherwise (VIS-3), when the company uses it. */
const USUAL_PURPOSE: TVisitPurpose = 'maintenance';
/** The hours an unplanned visit is planned for, changed on the visit if need be. */
const USUAL_MINUTES = 60;

/**
 * VIS-4, for the phone's customer page: start visiting this customer now — opens my visit to it
 * today if there is one (not cancelled; one not yet made first), else plans an ad hoc one for
 * today (the server's day) and opens it.
 */
export function StartVisitButton({
  customerId,
  ...props
}: { customerId: string } & Omit<ButtonProps, 'onClick'>) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const me = useMe();
  const purposes = useVisitPurposes();
  const create = useCreateVisit();
  const { run, pending } = useAction();

  async function start() {
    const repId = me.data?.user.id;
    const today = await api.get('/api/visits', {
      query: { today: 'true', repId, customerId, pageSize: 50, order: 'asc' },
    });
    const open = today.items.filter((v) => v.status !== 'cancelled');
    const existing = open.find((v) => v.status !== 'done') ?? open[0];
    if (existing) {
      navigate(`/visits/${existing.id}`);
      return;
    }
    const allowed = purposes.data ?? (await purposes.refetch()).data ?? [];
    const purpose = allowed.includes(USUAL_PURPOSE) ? USUAL_PURPOSE : (allowed[0] ?? USUAL_PURPOSE);
    const visit = await create.mutateAsync({
      customerId,
      purpose,
      plannedMinutes: USUAL_MINUTES,
      note: null,
    });
    navigate(`/visits/${visit.id}`);
  }

  return (
    <Button
      type="primary"
      icon={<CarOutlined />}
      loading={pending}
      data-testid="start-visit"
      {...props}
      onClick={() => void run(start)}
    >
      {t('visits.start')}
    </Button>
  );
}

import { Button, Drawer, Flex, Input, Popconfirm, Spin } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useAction } from '../../components/use-action';
import { usePhone } from '../../components/use-phone';
import { useLog, useReviewLog } from './hooks';
import { LogView } from './LogView';

/** OPS-7: a log opened from the queue or a person's list; the reviewer approves or returns it with a comment. */
export function LogDrawer({ id, onClose }: { id: string | null; onClose: () => void }) {
  const { t } = useTranslation();
  const phone = usePhone();
  const log = useLog(id);
  const review = useReviewLog();
  const [comment, setComment] = useState('');
  const { run, error, pending } = useAction({ inline: true });
  const decide = async (verdict: 'approved' | 'returned') => {
    const ok = await run(
      () => review.mutateAsync({ id: id!, verdict, comment: comment.trim() || undefined }),
      verdict === 'approved' ? t('worklogs.review.approvedMessage') : t('worklogs.review.returnedMessage'),
    );
    if (ok) {
      setComment('');
      onClose();
    }
  };
  return (
    <Drawer
      open={id !== null}
      onClose={onClose}
      width={phone ? '100%' : 560}
      title={t('worklogs.drawerTitle')}
      destroyOnHidden
    >
      {log.isLoading && <Spin />}
      <ErrorAlert error={log.error} />
      {log.data && <LogView log={log.data} />}
      {log.data?.actions.review && (
        <Flex vertical gap={8} style={{ marginTop: 16 }} data-testid="worklog-review">
          <Input.TextArea
            value={comment}
            onChange={(e) => setComment(e.target.value)}
            placeholder={t('worklogs.review.comment')}
            autoSize={{ minRows: 2 }}
          />
          <ErrorAlert error={error} />
          <Flex gap={8} wrap>
            <Button
              type="primary"
              size="large"
              loading={pending}
              onClick={() => decide('approved')}
              data-testid="worklog-approve"
            >
              {t('worklogs.review.approve')}
            </Button>
            <Popconfirm title={t('worklogs.review.returnConfirm')} onConfirm={() => decide('returned')}>
              <Button danger size="large" loading={pending} disabled={!comment.trim()}>
                {t('worklogs.review.return')}
              </Button>
            </Popconfirm>
          </Flex>
        </Flex>
      )}
    </Drawer>
  );
}

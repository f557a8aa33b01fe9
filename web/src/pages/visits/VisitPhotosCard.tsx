import { CameraOutlined, DeleteOutlined } from '@ant-design/icons';
import { Button, Card, Empty, Flex, Image, Popconfirm } from 'antd';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useRemoveVisitPhoto, useUploadVisitPhoto, visitPhotoUrl } from '../../api/hooks/visits';
import type { TVisit } from '../../api/types';
import { useAction } from '../../components/use-action';

const THUMB = 96;

/**
 * VIS-4: photos taken at the visit — the phone's camera opens straight away (capture), each photo
 * goes up as it is taken; thumbnails open full size; removing one asks first.
 */
export function VisitPhotosCard({ visit }: { visit: TVisit }) {
  const { t } = useTranslation();
  const upload = useUploadVisitPhoto();
  const remove = useRemoveVisitPhoto();
  const { run } = useAction();
  const input = useRef<HTMLInputElement>(null);
  if (visit.photos.length === 0 && !visit.actions.photos) return null;
  return (
    <Card size="small" title={t('visits.photos.heading')} data-testid="visit-photos">
      <Flex vertical gap={12}>
        {visit.photos.length === 0 ? (
          <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('visits.photos.empty')} />
        ) : (
          <Image.PreviewGroup>
            <Flex wrap gap={8}>
              {visit.photos.map((p) => (
                <div key={p.id} style={{ position: 'relative', width: THUMB }} data-testid="visit-photo">
                  <Image
                    src={visitPhotoUrl(visit.id, p.id)}
                    alt={p.fileName}
                    width={THUMB}
                    height={THUMB}
                    style={{ objectFit: 'cover', borderRadius: 6 }}
                  />
                  {visit.actions.photos && (
                    <Popconfirm
                      title={t('visits.photos.removeConfirm')}
                      onConfirm={() =>
                        run(
                          () => remove.mutateAsync({ id: visit.id, fileId: p.id }),
                          t('visits.photos.removed'),
                        )
                      }
                    >
                      <Button
                        size="small"
                        shape="circle"
                        danger
                        icon={<DeleteOutlined />}
                        aria-label={t('visits.photos.remove')}
                        style={{ position: 'absolute', top: 4, right: 4 }}
                        data-testid="visit-photo-remove"
                      />
                    </Popconfirm>
                  )}
                </div>
              ))}
            </Flex>
          </Image.PreviewGroup>
        )}
        {visit.actions.photos && (
          <>
            <input
              ref={input}
              type="file"
              accept="image/*"
              capture="environment"
              style={{ display: 'none' }}
              data-testid="visit-photo-input"
              onChange={(e) => {
                const file = e.target.files?.[0];
                e.target.value = '';
                if (file)
                  void run(() => upload.mutateAsync({ id: visit.id, file }), t('visits.photos.uploaded'));
              }}
            />
            <Button
              block
              size="large"
              icon={<CameraOutlined />}
              loading={upload.isPending}
              onClick={() => input.current?.click()}
              data-testid="visit-photo-add"
            >
              {t('visits.photos.add')}
            </Button>
          </>
        )}
      </Flex>
    </Card>
  );
}

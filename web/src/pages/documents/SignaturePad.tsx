import { Button, Space, Typography } from 'antd';
import { forwardRef, useEffect, useImperativeHandle, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

export interface SignaturePadHandle {
  /** The drawing as a PNG data URL; null while nothing is drawn. */
  toDataUrl(): string | null;
  clear(): void;
}

/**
 * DOC-2 (借阅签字制): a pad to sign on with a finger, a pen or the mouse — pointer events, so touch
 * works; the page does not scroll while drawing (touch-action: none). Drawn at the device's pixel
 * ratio for a crisp stroke; sent as a PNG.
 */
export const SignaturePad = forwardRef<
  SignaturePadHandle,
  { height?: number; onChange?: (empty: boolean) => void }
>(function SignaturePad({ height = 180, onChange }, ref) {
  const { t } = useTranslation();
  const canvas = useRef<HTMLCanvasElement>(null);
  const drawing = useRef(false);
  const [empty, setEmpty] = useState(true);

  useEffect(() => {
    const c = canvas.current;
    if (!c) return;
    const ratio = Math.min(window.devicePixelRatio || 1, 2);
    c.width = Math.round(c.clientWidth * ratio);
    c.height = Math.round(height * ratio);
    const g = c.getContext('2d');
    if (!g) return;
    g.scale(ratio, ratio);
    g.lineWidth = 2.5;
    g.lineCap = 'round';
    g.lineJoin = 'round';
    g.strokeStyle = '#111';
  }, [height]);

  const point = (e: React.PointerEvent<HTMLCanvasElement>) => {
    const r = e.currentTarget.getBoundingClientRect();
    return { x: e.clientX - r.left, y: e.clientY - r.top };
  };
  const mark = (isEmpty: boolean) => {
    setEmpty(isEmpty);
    onChange?.(isEmpty);
  };

  useImperativeHandle(ref, () => ({
    toDataUrl: () => (empty || !canvas.current ? null : canvas.current.toDataURL('image/png')),
    clear: () => {
      const c = canvas.current;
      c?.getContext('2d')?.clearRect(0, 0, c.width, c.height);
      mark(true);
    },
  }));

  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <canvas
        ref={canvas}
        data-testid="signature-pad"
        aria-label={t('documents.sign.pad')}
        style={{
          width: '100%',
          height,
          border: '1px dashed #bbb',
          borderRadius: 6,
          background: '#fff',
          touchAction: 'none',
          display: 'block',
        }}
        onPointerDown={(e) => {
          e.currentTarget.setPointerCapture(e.pointerId);
          drawing.current = true;
          const g = e.currentTarget.getContext('2d');
          const p = point(e);
          g?.beginPath();
          g?.moveTo(p.x, p.y);
          g?.lineTo(p.x + 0.1, p.y + 0.1);
          g?.stroke();
        }}
        onPointerMove={(e) => {
          if (!drawing.current) return;
          const g = e.currentTarget.getContext('2d');
          const p = point(e);
          g?.lineTo(p.x, p.y);
          g?.stroke();
          if (empty) mark(false);
        }}
        onPointerUp={() => {
          drawing.current = false;
        }}
        onPointerCancel={() => {
          drawing.current = false;
        }}
      />
      <Space style={{ justifyContent: 'space-between', width: '100%' }}>
        <Typography.Text type="secondary">{t('documents.sign.hint')}</Typography.Text>
        <Button
          size="small"
          onClick={() => {
            const c = canvas.current;
            c?.getContext('2d')?.clearRect(0, 0, c.width, c.height);
            mark(true);
          }}
          data-testid="signature-clear"
        >
          {t('documents.sign.clear')}
        </Button>
      </Space>
    </Space>
  );
});

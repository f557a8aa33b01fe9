import {
  type Announcements,
  type CollisionDetection,
  DndContext,
  type DragEndEvent,
  DragOverlay,
  type DragStartEvent,
  KeyboardCode,
  type KeyboardCoordinateGetter,
  KeyboardSensor,
  PointerSensor,
  pointerWithin,
  rectIntersection,
  useDraggable,
  useDroppable,
  useSensor,
  useSensors,
} from '@dnd-kit/core';
import { Card, Empty, Form, Input, Skeleton, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMe } from '../../api/hooks/me';
import { useOpportunityBoard } from '../../api/hooks/opportunities';
import type {
  TOpportunity,
  TOpportunityBoardColumn,
  TOpportunityFilters,
  TOpportunityStage,
} from '../../api/types';
import { ErrorAlert } from '../../components/ErrorAlert';
import { formatFenText } from '../../components/format';
import { SearchForm } from '../../components/SearchForm';
import { UserSelect } from '../../components/UserSelect';
import { StageMoveMenu } from './StageMoveMenu';
import { stageColor } from './stages';
import { useStageMover } from './use-stage-mover';

type Filters = Pick<TOpportunityFilters, 'q' | 'ownerId'>;

/** Columns share the width; below this they scroll sideways. */
const COLUMN_MIN_WIDTH = 170;

/** Pointer drops land on the column under the pointer; keyboard drops on the column the card overlaps most. */
const collision: CollisionDetection = (args) => {
  const under = pointerWithin(args);
  return under.length > 0 ? under : rectIntersection(args);
};

/** Arrow keys move a lifted card a whole column left or right (and a little up or down). */
const columnByColumn: KeyboardCoordinateGetter = (event, { context, currentCoordinates }) => {
  const step = { [KeyboardCode.Up]: -40, [KeyboardCode.Down]: 40 } as Record<string, number>;
  if (event.code in step) return { ...currentCoordinates, y: currentCoordinates.y + step[event.code]! };
  if (event.code !== KeyboardCode.Right && event.code !== KeyboardCode.Left) return undefined;
  event.preventDefault();
  const rects = [...context.droppableRects.values()].sort((a, b) => a.left - b.left);
  if (rects.length === 0) return undefined;
  const x = currentCoordinates.x;
  let current = rects.findIndex((r) => x >= r.left - 1 && x < r.left + r.width);
  if (current === -1)
    current = rects.reduce(
      (best, r, i) => (Math.abs(r.left - x) < Math.abs(rects[best]!.left - x) ? i : best),
      0,
    );
  const next = event.code === KeyboardCode.Right ? current + 1 : current - 1;
  const target = rects[Math.min(rects.length - 1, Math.max(0, next))]!;
  return { x: target.left + 8, y: currentCoordinates.y };
};

function CardBody({ o, onOpen }: { o: TOpportunity; onOpen?: (id: string) => void }) {
  return (
    <Space orientation="vertical" size={2} style={{ width: '100%' }}>
      <Typography.Link
        strong
        ellipsis
        title={o.name}
        onClick={(e) => {
          e.stopPropagation();
          onOpen?.(o.id);
        }}
        onPointerDown={(e) => e.stopPropagation()}
        onKeyDown={(e) => e.stopPropagation()}
        style={{ maxWidth: '100%' }}
      >
        {o.name}
      </Typography.Link>
      {/* Two lines fit a whole company name in a narrow column; a longer one shows whole on hover. */}
      <Typography.Paragraph
        type="secondary"
        ellipsis={{ rows: 2, tooltip: o.customer.name }}
        style={{ maxWidth: '100%', marginBottom: 0 }}
      >
        {o.customer.name}
      </Typography.Paragraph>
      <Typography.Text>{formatFenText(o.amountFen)}</Typography.Text>
      <Space size={8} wrap>
        <Typography.Text type="secondary">{o.expectedCloseDate}</Typography.Text>
        <Typography.Text type="secondary">{o.owner.displayName}</Typography.Text>
      </Space>
      {o.stage === 'lost' && o.lostReason && (
        <Typography.Text type="danger" ellipsis={{ tooltip: o.lostReason }} style={{ maxWidth: '100%' }}>
          {o.lostReason}
        </Typography.Text>
      )}
    </Space>
  );
}

function BoardCard({
  o,
  onOpen,
  onMove,
}: {
  o: TOpportunity;
  onOpen: (id: string) => void;
  onMove: (o: TOpportunity, stage: TOpportunityStage) => void;
}) {
  const { t } = useTranslation();
  const { attributes, listeners, setNodeRef, isDragging } = useDraggable({
    id: o.id,
    data: { opportunity: o },
    disabled: !o.canEdit,
  });
  const label = t('opportunities.board.cardLabel', {
    name: o.name,
    customer: o.customer.name,
    amount: formatFenText(o.amountFen),
  });
  return (
    // dnd-kit's attributes make the card a focusable button (role, tabIndex, description); its label names the card.
    <div
      ref={setNodeRef}
      {...listeners}
      {...{ ...attributes, 'aria-label': label }}
      data-testid={`kanban-card-${o.id}`}
      style={{ opacity: isDragging ? 0.4 : 1, cursor: o.canEdit ? 'grab' : 'default', touchAction: 'none' }}
    >
      <Card size="small" styles={{ body: { padding: 10 } }}>
        <CardBody o={o} onOpen={onOpen} />
        <div style={{ textAlign: 'right', marginTop: 4 }}>
          <StageMoveMenu opportunity={o} onMove={(stage) => onMove(o, stage)} />
        </div>
      </Card>
    </div>
  );
}

function BoardColumn({
  column,
  onOpen,
  onMove,
}: {
  column: TOpportunityBoardColumn;
  onOpen: (id: string) => void;
  onMove: (o: TOpportunity, stage: TOpportunityStage) => void;
}) {
  const { t } = useTranslation();
  const { setNodeRef, isOver } = useDroppable({ id: column.stage });
  const label = t(`opportunities.stages.${column.stage}`);
  return (
    <section
      ref={setNodeRef}
      aria-label={label}
      data-testid={`kanban-column-${column.stage}`}
      style={{
        flex: `1 0 ${COLUMN_MIN_WIDTH}px`,
        minWidth: COLUMN_MIN_WIDTH,
        maxWidth: 320,
        background: isOver ? 'rgba(22, 119, 255, 0.08)' : 'rgba(0, 0, 0, 0.03)',
        border: isOver ? '1px dashed #1677ff' : '1px solid transparent',
        borderRadius: 8,
        padding: 8,
        minHeight: 240,
      }}
    >
      <div style={{ marginBottom: 8 }}>
        <Space size={6}>
          <Tag color={stageColor[column.stage]} style={{ marginInlineEnd: 0 }}>
            {label}
          </Tag>
          <Typography.Text strong data-testid={`kanban-count-${column.stage}`}>
            {t('opportunities.board.count', { count: column.count })}
          </Typography.Text>
        </Space>
        <div>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t('opportunities.board.sum', { amount: formatFenText(column.amountFen) })}
          </Typography.Text>
        </div>
        <div>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t('opportunities.board.weighted', { amount: formatFenText(column.weightedFen) })}
          </Typography.Text>
        </div>
      </div>
      <Space orientation="vertical" size={8} style={{ width: '100%' }}>
        {column.items.map((o) => (
          <BoardCard key={o.id} o={o} onOpen={onOpen} onMove={onMove} />
        ))}
        {column.items.length === 0 && (
          <Typography.Text type="secondary" style={{ display: 'block', textAlign: 'center', padding: 16 }}>
            {isOver ? t('opportunities.board.dropHere') : t('opportunities.board.empty')}
          </Typography.Text>
        )}
        {column.more > 0 && (
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t('opportunities.board.more', { count: column.more })}
          </Typography.Text>
        )}
      </Space>
    </section>
  );
}

/**
 * CUS-8: the pipeline as a kanban. Cards are dragged between stage columns (mouse, touch or
 * keyboard) or moved with their "move to…" menu; a drop on 输单 asks for the reason first.
 */
export function OpportunityBoard({ onOpen }: { onOpen: (id: string) => void }) {
  const { t } = useTranslation();
  const me = useMe();
  const [filters, setFilters] = useState<Filters>({});
  const board = useOpportunityBoard(filters);
  const mover = useStageMover();
  const [dragged, setDragged] = useState<TOpportunity | null>(null);
  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 5 } }),
    useSensor(KeyboardSensor, { coordinateGetter: columnByColumn }),
  );
  const seesOthers = (me.data?.permissions['opportunity:read'] ?? 'own') !== 'own';

  const nameOf = (id: string | number) =>
    board.data?.columns.flatMap((c) => c.items).find((o) => o.id === id)?.name ?? '';
  const stageName = (id: string | number | undefined) => (id ? t(`opportunities.stages.${id}`) : '');
  const announcements: Announcements = {
    onDragStart: ({ active }) => t('opportunities.board.a11y.picked', { name: nameOf(active.id) }),
    onDragOver: ({ active, over }) =>
      over
        ? t('opportunities.board.a11y.over', { name: nameOf(active.id), stage: stageName(over.id) })
        : t('opportunities.board.a11y.notOver', { name: nameOf(active.id) }),
    onDragEnd: ({ active, over }) =>
      over
        ? t('opportunities.board.a11y.dropped', { name: nameOf(active.id), stage: stageName(over.id) })
        : t('opportunities.board.a11y.cancelled', { name: nameOf(active.id) }),
    onDragCancel: ({ active }) => t('opportunities.board.a11y.cancelled', { name: nameOf(active.id) }),
  };

  const onDragStart = (e: DragStartEvent) =>
    setDragged((e.active.data.current?.opportunity as TOpportunity | undefined) ?? null);
  const onDragEnd = (e: DragEndEvent) => {
    setDragged(null);
    const o = e.active.data.current?.opportunity as TOpportunity | undefined;
    const to = e.over?.id as TOpportunityStage | undefined;
    if (o && to && to !== o.stage) mover.request(o, to);
  };

  return (
    <>
      <SearchForm<Filters>
        onSearch={(v) => setFilters({ q: v.q || undefined, ownerId: v.ownerId || undefined })}
      >
        <Form.Item name="q">
          <Input placeholder={t('opportunities.filters.search')} allowClear style={{ width: 240 }} />
        </Form.Item>
        {seesOthers && (
          <Form.Item name="ownerId">
            <UserSelect placeholder={t('opportunities.filters.owner')} />
          </Form.Item>
        )}
      </SearchForm>
      <ErrorAlert error={board.error} onRetry={() => void board.refetch()} />
      {board.isPending && <Skeleton active />}
      {board.data?.columns.every((c) => c.count === 0) && !board.isFetching && (
        <Empty description={t('opportunities.board.empty')} style={{ marginBottom: 16 }} />
      )}
      {board.data && (
        <DndContext
          sensors={sensors}
          collisionDetection={collision}
          onDragStart={onDragStart}
          onDragEnd={onDragEnd}
          onDragCancel={() => setDragged(null)}
          accessibility={{
            announcements,
            screenReaderInstructions: { draggable: t('opportunities.board.a11y.instructions') },
          }}
        >
          <div
            data-testid="opportunity-board"
            style={{
              display: 'flex',
              gap: 12,
              overflowX: 'auto',
              paddingBottom: 8,
              alignItems: 'flex-start',
            }}
          >
            {board.data.columns.map((column) => (
              <BoardColumn key={column.stage} column={column} onOpen={onOpen} onMove={mover.request} />
            ))}
          </div>
          <DragOverlay>
            {dragged && (
              <Card
                size="small"
                style={{ width: '100%', cursor: 'grabbing' }}
                styles={{ body: { padding: 10 } }}
              >
                <CardBody o={dragged} />
              </Card>
            )}
          </DragOverlay>
        </DndContext>
      )}
      {mover.modals}
    </>
  );
}

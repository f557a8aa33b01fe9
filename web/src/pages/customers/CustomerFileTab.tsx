import { Col, Descriptions, Empty, Row, Skeleton, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useCustomerFile } from '../../api/hooks/customers';
import type { TCustomerFile } from '../../api/types';
import { ErrorAlert } from '../../components/ErrorAlert';
import { formatYuan } from '../../components/format';

const yuan = (fen: string) => formatYuan(BigInt(fen));

/**
 * CUS-6 (销售代表必须自己拟定一套完整的客户档案): product categories bought, payment methods,
 * deposits and due dates — drawn from orders, contracts and receivables, not typed again.
 */
export function CustomerFileTab({ customerId }: { customerId: string }) {
  const { t } = useTranslation();
  const file = useCustomerFile(customerId);
  if (file.isPending) return <Skeleton active />;
  if (file.error) return <ErrorAlert error={file.error} />;
  const f: TCustomerFile = file.data;
  const none = <Typography.Text type="secondary">{t('customers.file.none')}</Typography.Text>;
  return (
    <div data-testid="customer-file">
      <Typography.Paragraph type="secondary">{t('customers.file.hint')}</Typography.Paragraph>
      <Descriptions column={1} size="small" bordered style={{ marginBottom: 16 }}>
        <Descriptions.Item label={t('customers.file.categories')}>
          {f.productCategories.length
            ? f.productCategories.map((c) => (
                <Tag key={c.name}>
                  {t('customers.file.categoryQuantity', { name: c.name, quantity: c.quantity })}
                </Tag>
              ))
            : none}
        </Descriptions.Item>
        <Descriptions.Item label={t('customers.file.paymentMethods')}>
          {f.paymentMethods.length
            ? f.paymentMethods.map((m) => (
                <Tag key={m.method}>
                  {t('customers.file.methodUse', {
                    method: t(`payments.method.${m.method}`),
                    count: m.count,
                    amount: yuan(m.totalFen),
                  })}
                </Tag>
              ))
            : none}
        </Descriptions.Item>
      </Descriptions>
      <Row gutter={16}>
        <Col xs={24} lg={12}>
          <Typography.Title level={5}>{t('customers.file.deposits')}</Typography.Title>
          <Table
            size="small"
            rowKey={(d) => `${d.contractNumber}-${d.dueDate}`}
            pagination={false}
            dataSource={f.deposits}
            locale={{
              emptyText: (
                <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('customers.file.none')} />
              ),
            }}
            columns={[
              { key: 'contract', title: t('customers.file.contract'), render: (_, d) => d.contractNumber },
              { key: 'dueDate', title: t('customers.file.dueDate'), render: (_, d) => d.dueDate },
              {
                key: 'amount',
                title: t('customers.file.amount'),
                align: 'right',
                render: (_, d) => yuan(d.amountFen),
              },
              {
                key: 'settled',
                title: t('customers.file.settled'),
                align: 'right',
                render: (_, d) => yuan(d.settledFen),
              },
            ]}
          />
        </Col>
        <Col xs={24} lg={12}>
          <Typography.Title level={5}>{t('customers.file.dueDates')}</Typography.Title>
          <Table
            size="small"
            rowKey={(d) => `${d.contractNumber}-${d.seq}`}
            pagination={false}
            dataSource={f.dueDates}
            locale={{
              emptyText: (
                <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('customers.file.none')} />
              ),
            }}
            columns={[
              {
                key: 'contract',
                title: t('customers.file.contract'),
                render: (_, d) => t('customers.file.instalment', { number: d.contractNumber, seq: d.seq }),
              },
              { key: 'dueDate', title: t('customers.file.dueDate'), render: (_, d) => d.dueDate },
              {
                key: 'open',
                title: t('customers.file.open'),
                align: 'right',
                render: (_, d) => yuan(d.openFen),
              },
            ]}
          />
        </Col>
      </Row>
      <Typography.Title level={5} style={{ marginTop: 16 }}>
        {t('customers.file.contracts')}
      </Typography.Title>
      <Table
        size="small"
        rowKey="id"
        pagination={false}
        dataSource={f.contracts}
        locale={{
          emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('customers.file.none')} />,
        }}
        columns={[
          {
            key: 'number',
            title: t('customers.file.contract'),
            render: (_, c) => <Link to={`/contracts/${c.id}`}>{c.number}</Link>,
          },
          { key: 'title', title: t('customers.file.title'), render: (_, c) => c.title },
          { key: 'signedOn', title: t('customers.file.signedOn'), render: (_, c) => c.signedOn ?? '—' },
          {
            key: 'amount',
            title: t('customers.file.amount'),
            align: 'right',
            render: (_, c) => yuan(c.amountFen),
          },
        ]}
      />
    </div>
  );
}

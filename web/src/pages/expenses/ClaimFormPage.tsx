import { DeleteOutlined, PaperClipOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Card, Flex, Form, Input, Select, Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { companyNow } from '../../components/company-time';
import { ErrorAlert } from '../../components/ErrorAlert';
import { MoneyInput } from '../../components/MoneyInput';
import { categories, type TClaimCreate, useCreateClaim, useSubmitClaim, useUploadReceipt } from './hooks';

type LineForm = TClaimCreate['lines'][number];
interface ClaimForm {
  note?: string;
  lines: LineForm[];
}

/**
 * EXP-3: the rep files a claim on the phone — lines one under another (date, category, amount,
 * invoice number, merchant) with a receipt photo or PDF each (the camera is offered), then it is
 * drafted, the receipts go up and it is submitted in one go. A refusal (a receipt missing, a gift
 * without pre-approval) leaves the draft, opened to fix.
 */
export function ClaimFormPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [form] = Form.useForm<ClaimForm>();
  const create = useCreateClaim();
  const upload = useUploadReceipt();
  const submit = useSubmitClaim();
  const [files, setFiles] = useState<Record<number, File>>({});
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const today = companyNow().format('YYYY-MM-DD');

  const send = async (values: ClaimForm) => {
    setError(null);
    setBusy(true);
    let claimId: string | null = null;
    try {
      const keys = form.getFieldValue('lines').map((_: unknown, i: number) => i) as number[];
      if (keys.some((k) => !files[k])) throw new Error(t('expenses.form.receiptNeeded'));
      const claim = await create.mutateAsync({ note: values.note ?? null, lines: values.lines });
      claimId = claim.id;
      for (const [i, line] of claim.lines.entries())
        await upload.mutateAsync({ id: claim.id, lineId: line.id, file: files[keys[i]!]! });
      await submit.mutateAsync(claim.id);
      navigate(`/expenses/claims/${claim.id}`);
    } catch (e) {
      if (claimId)
        navigate(`/expenses/claims/${claimId}`, { state: { error: String((e as Error).message) } });
      else setError(e);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Card title={t('expenses.create')} data-testid="claim-form">
      <Form<ClaimForm>
        form={form}
        layout="vertical"
        initialValues={{ lines: [{ spentOn: today, category: 'transport' }] }}
        onFinish={(v) => void send(v)}
      >
        <Form.List name="lines">
          {(fields, { add, remove }) => (
            <Flex vertical gap={12}>
              {fields.map((field, index) => (
                <Card
                  key={field.key}
                  size="small"
                  title={t('expenses.form.line', { n: index + 1 })}
                  extra={
                    fields.length > 1 && (
                      <Button
                        type="text"
                        danger
                        icon={<DeleteOutlined />}
                        aria-label={t('expenses.form.removeLine')}
                        onClick={() => {
                          remove(field.name);
                          setFiles((f) => {
                            const next: Record<number, File> = {};
                            for (const [k, v] of Object.entries(f)) {
                              const n = Number(k);
                              if (n < field.name) next[n] = v;
                              else if (n > field.name) next[n - 1] = v;
                            }
                            return next;
                          });
                        }}
                      />
                    )
                  }
                  data-testid="claim-line"
                >
                  <Form.Item
                    name={[field.name, 'spentOn']}
                    label={t('expenses.fields.spentOn')}
                    rules={[{ required: true }]}
                  >
                    <Input type="date" max={today} data-testid="claim-line-date" />
                  </Form.Item>
                  <Form.Item
                    name={[field.name, 'category']}
                    label={t('expenses.fields.category')}
                    rules={[{ required: true }]}
                  >
                    <Select
                      options={categories.map((c) => ({ value: c, label: t(`expenses.categories.${c}`) }))}
                      data-testid="claim-line-category"
                    />
                  </Form.Item>
                  <Form.Item
                    name={[field.name, 'amountFen']}
                    label={t('expenses.fields.amount')}
                    rules={[{ required: true }]}
                  >
                    <MoneyInput data-testid="claim-line-amount" />
                  </Form.Item>
                  <Form.Item name={[field.name, 'invoiceNo']} label={t('expenses.fields.invoiceNo')}>
                    <Input maxLength={60} data-testid="claim-line-invoice" />
                  </Form.Item>
                  <Form.Item
                    name={[field.name, 'merchant']}
                    label={t('expenses.fields.merchant')}
                    rules={[{ required: true }]}
                  >
                    <Input maxLength={200} data-testid="claim-line-merchant" />
                  </Form.Item>
                  <Space direction="vertical" style={{ width: '100%' }}>
                    <label>
                      <input
                        type="file"
                        accept="image/*,application/pdf"
                        style={{ display: 'none' }}
                        data-testid="claim-line-receipt"
                        onChange={(e) => {
                          const file = e.target.files?.[0];
                          if (file) setFiles((f) => ({ ...f, [field.name]: file }));
                        }}
                      />
                      <Button
                        block
                        size="large"
                        icon={<PaperClipOutlined />}
                        onClick={(e) =>
                          (e.currentTarget.previousElementSibling as HTMLInputElement | null)?.click()
                        }
                      >
                        {files[field.name] ? t('expenses.form.receiptChange') : t('expenses.form.receiptAdd')}
                      </Button>
                    </label>
                    {files[field.name] && (
                      <Typography.Text type="success" data-testid="claim-line-receipt-name">
                        {files[field.name]!.name}
                      </Typography.Text>
                    )}
                  </Space>
                </Card>
              ))}
              <Button
                block
                icon={<PlusOutlined />}
                onClick={() => add({ spentOn: today, category: 'transport' })}
              >
                {t('expenses.form.addLine')}
              </Button>
            </Flex>
          )}
        </Form.List>
        <Form.Item name="note" label={t('expenses.fields.note')} style={{ marginTop: 12 }}>
          <Input.TextArea rows={2} maxLength={1000} />
        </Form.Item>
        <ErrorAlert error={error} />
        <Button type="primary" htmlType="submit" block size="large" loading={busy} data-testid="claim-submit">
          {t('expenses.form.submit')}
        </Button>
      </Form>
    </Card>
  );
}

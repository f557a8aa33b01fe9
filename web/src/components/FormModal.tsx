import { ConfigProvider, Form, type FormInstance, Modal, Skeleton } from 'antd';
import { type ReactNode, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { ErrorCode } from '../api/types';
import { ErrorAlert } from './ErrorAlert';
import { useAction } from './use-action';

interface Props<T> {
  open: boolean;
  title: ReactNode;
  onClose: () => void;
  /** Sends the values; a rejection keeps the dialog open with the server's messages. */
  onSubmit: (values: T) => Promise<unknown>;
  initialValues?: Partial<T>;
  /** The record to edit is still loading: the form takes initialValues once it is here. */
  loading?: boolean;
  children: ReactNode;
  width?: number;
  okText?: ReactNode;
  /** Read-only: no submit button. */
  readOnly?: boolean;
  /** Errors without field details that still belong to one field (USERNAME_TAKEN → username). */
  codeFields?: Partial<Record<ErrorCode, string>>;
  successMessage?: string;
  form?: FormInstance<T>;
  testId?: string;
}

/**
 * A dialog with one form: Enter submits, the OK button spins while saving, the server's
 * field messages land on their fields and its message shows on top.
 */
export function FormModal<T extends object>(props: Props<T>) {
  const { t } = useTranslation();
  const [ownForm] = Form.useForm<T>();
  const form = props.form ?? ownForm;
  const action = useAction({ form, codeFields: props.codeFields, inline: true });

  const wasLoading = useRef(props.loading);
  useEffect(() => {
    if (wasLoading.current && !props.loading && props.open) form.resetFields();
    wasLoading.current = props.loading;
  }, [props.loading, props.open, form]);

  async function finish(values: T) {
    if (await action.run(() => props.onSubmit(values), props.successMessage ?? t('common.saved')))
      props.onClose();
  }

  return (
    <Modal
      open={props.open}
      title={props.title}
      width={props.width}
      onCancel={props.onClose}
      afterClose={action.clearError}
      destroyOnHidden
      okText={props.okText ?? t('common.save')}
      cancelText={props.readOnly ? t('common.close') : t('common.cancel')}
      okButtonProps={{
        htmlType: 'submit',
        loading: action.pending,
        style: props.readOnly ? { display: 'none' } : {},
      }}
      modalRender={(dom) => (
        <Form<T>
          form={form}
          layout="vertical"
          initialValues={props.initialValues}
          clearOnDestroy
          onFinish={finish}
          data-testid={props.testId}
        >
          {dom}
        </Form>
      )}
    >
      <ErrorAlert error={action.error} />
      {props.loading ? (
        <Skeleton active />
      ) : (
        <ConfigProvider componentDisabled={props.readOnly}>{props.children}</ConfigProvider>
      )}
    </Modal>
  );
}

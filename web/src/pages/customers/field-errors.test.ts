import { describe, expect, it } from 'vitest';
import { ApiError } from '../../api/client';
import { collapseListIndex, renameFieldErrors } from './field-errors';

describe('server field errors on the form’s own fields', () => {
  it('renames paths and joins messages that land on the same field', () => {
    const error = new ApiError(400, 'VALIDATION_FAILED', '输入有误', {
      creditLimitFen: '金额格式不正确',
      'contact.phones.0': '电话格式不正确',
      'contact.phones.2': '电话格式不正确',
      name: '必填',
    });
    const renamed = renameFieldErrors(error, (p) =>
      p === 'creditLimitFen' ? 'creditLimitYuan' : collapseListIndex(p, ['contact.phones', 'phones']),
    );
    expect(renamed).toBeInstanceOf(ApiError);
    expect((renamed as ApiError).fields).toEqual({
      creditLimitYuan: '金额格式不正确',
      'contact.phones': '电话格式不正确; 电话格式不正确',
      name: '必填',
    });
    expect((renamed as ApiError).code).toBe('VALIDATION_FAILED');
  });

  it('leaves other errors alone', () => {
    const plain = new Error('x');
    expect(renameFieldErrors(plain, () => 'y')).toBe(plain);
    expect(collapseListIndex('phones.x', ['phones'])).toBe('phones.x');
    expect(collapseListIndex('phones.3', ['phones'])).toBe('phones');
  });
});

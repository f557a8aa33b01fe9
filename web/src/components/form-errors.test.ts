import { describe, expect, it, vi } from 'vitest';
import { ApiError } from '../api/client';
import { applyFieldErrors, toNamePath } from './form-errors';

describe('applyFieldErrors', () => {
  it('marks each field the server names, with its message', () => {
    const form = { setFields: vi.fn() };
    const error = new ApiError(400, 'VALIDATION_FAILED', 'Some fields are invalid', {
      username: 'That username is taken',
      'roleIds.0': 'Invalid id',
    });
    expect(applyFieldErrors(form, error)).toBe(2);
    expect(form.setFields).toHaveBeenCalledWith([
      { name: ['username'], errors: ['That username is taken'] },
      { name: ['roleIds', 0], errors: ['Invalid id'] },
    ]);
  });

  it('places a field-less error on the field mapped to its code', () => {
    const form = { setFields: vi.fn() };
    const error = new ApiError(409, 'USERNAME_TAKEN', '用户名已被使用');
    expect(applyFieldErrors(form, error, { USERNAME_TAKEN: 'username' })).toBe(1);
    expect(form.setFields).toHaveBeenCalledWith([{ name: ['username'], errors: ['用户名已被使用'] }]);
  });

  it('leaves the form alone for other errors', () => {
    const form = { setFields: vi.fn() };
    expect(applyFieldErrors(form, new Error('boom'))).toBe(0);
    expect(applyFieldErrors(form, new ApiError(500, 'INTERNAL', 'x'))).toBe(0);
    expect(form.setFields).not.toHaveBeenCalled();
  });

  it('turns numeric path segments into indexes', () => {
    expect(toNamePath('permissions.12.scope')).toEqual(['permissions', 12, 'scope']);
  });
});

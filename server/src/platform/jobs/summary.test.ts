import { describe, expect, it } from 'vitest';
import { deadlineJob } from '../deadlines/job.js';
import { jobSummary } from './summary.js';

describe('a job run in words', () => {
  it('ORG-4: a run message of counts reads as a sentence in both languages', () => {
    expect(jobSummary(deadlineJob, 'items=10 notices=3')).toEqual({
      'zh-CN': '处理到期事项 10 条，发出提醒 3 条',
      en: '10 due items handled, 3 notices sent',
    });
  });

  it('an error text or a key without words is left as it is (null: the page shows the text)', () => {
    expect(jobSummary(deadlineJob, 'connection refused')).toBeNull();
    expect(jobSummary(deadlineJob, 'items=1 surprise=2')).toBeNull();
    expect(jobSummary(deadlineJob, null)).toBeNull();
  });
});

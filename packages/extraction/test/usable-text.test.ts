import { describe, expect, it } from 'vitest';
import { hasUsableText } from '../src/index.ts';

describe('hasUsableText', () => {
  it('when the text is empty or a couple of words, then it is not usable', () => {
    expect(hasUsableText('')).toBe(false);
    expect(hasUsableText('Hello, world!')).toBe(false);
    expect(hasUsableText('Datum plane')).toBe(false);
  });

  it('when the text is mostly digits and symbols, then it is not usable', () => {
    expect(hasUsableText('2020 - 2023 | +1 (555) 123-4567 | 42 42 42 42 42')).toBe(false);
  });

  it('when there are 20 letters but fewer than 3 words, then it is not usable', () => {
    expect(hasUsableText('Supercalifragilistic expialidocious')).toBe(false);
  });

  it('when a name and a few skills are given (20+ letters, 3+ words), then it is usable', () => {
    expect(hasUsableText('John Smith\n\nPython\n\nSQL\n\nMachine Learning')).toBe(true);
  });

  it('when Chinese text has no spaces but many characters, then it is usable', () => {
    expect(
      hasUsableText(
        '教育背景软件工程师在北京大学学习计算机科学与技术专业获得学士学位后加入互联网公司负责后端服务开发与系统架构设计工作多年积累了丰富经验',
      ),
    ).toBe(true);
  });
});

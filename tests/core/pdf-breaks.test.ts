import { describe, expect, it } from 'vitest';
import { breakTokens } from '../../src/core/therapyExport/pdf';

describe('therapy PDF line breaks', () => {
  it('breaks after spaces, between Chinese characters, and between Thai words (written without spaces)', () => {
    expect(breakTokens('We walked home')).toEqual(['We ', 'walked ', 'home']);
    expect(breakTokens('我们回家')).toEqual(['我', '们', '回', '家']);
    expect(breakTokens('การเดินทางครั้งแรกของเรา').join('|')).toBe('การ|เดิน|ทาง|ครั้ง|แรก|ของ|เรา');
    expect(breakTokens('Trip: การเดินทาง ok')).toEqual(['Trip: ', 'การ', 'เดิน', 'ทาง', ' ', 'ok']);
  });
});

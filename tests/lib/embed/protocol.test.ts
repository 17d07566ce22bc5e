import { describe, expect, it } from 'vitest';
import {
  ampHeightMessage,
  chartIdOfEmbedUrl,
  EMBED_SANDBOX,
  heightMessage,
  heightRequest,
  isHeightRequest,
  pymHeightMessage,
  readHeightMessage,
} from '../../../src/lib/embed/index.ts';

describe('height messages', () => {
  it('heightMessage(chart, height) rounds up to whole pixels', () => {
    expect(heightMessage('lai-chau', 420.2)).toEqual({ type: 'thuocdo:height', chart: 'lai-chau', height: 421 });
  });

  it('pymHeightMessage(childId, height) writes pym.js’s string format', () => {
    expect(pymHeightMessage('bd1', 420.2)).toBe('pymxPYMxbd1xPYMxheightxPYMx421');
  });

  it('ampHeightMessage(height) writes amp-iframe’s resize request', () => {
    expect(ampHeightMessage(300)).toEqual({ sentinel: 'amp', type: 'embed-size', height: 300 });
  });
});

describe('readHeightMessage(data, chart)', () => {
  it('reads our message for the expected chart', () => {
    expect(readHeightMessage(heightMessage('a', 420), 'a')).toBe(420);
  });

  it('refuses anything not exactly that shape', () => {
    const refused: unknown[] = [
      null,
      'pymxPYMxaxPYMxheightxPYMx420',
      { type: 'thuocdo:height', chart: 'b', height: 420 },
      { type: 'other', chart: 'a', height: 420 },
      { type: 'thuocdo:height', chart: 'a', height: '420' },
      { type: 'thuocdo:height', chart: 'a', height: Number.NaN },
      { type: 'thuocdo:height', chart: 'a', height: -1 },
      { type: 'thuocdo:height', chart: 'a', height: 1e9 },
    ];
    for (const data of refused) expect(readHeightMessage(data, 'a'), JSON.stringify(data)).toBeNull();
  });
});

describe('chartIdOfEmbedUrl(url)', () => {
  it('reads the chart id of an embed page URL only', () => {
    expect(chartIdOfEmbedUrl(new URL('https://thuocdo.vn/nhung/lai-chau-ha-tang-2024/?theme=dark'))).toBe(
      'lai-chau-ha-tang-2024',
    );
    expect(chartIdOfEmbedUrl(new URL('https://thuocdo.vn/bieu-do/lai-chau/'))).toBeNull();
    expect(chartIdOfEmbedUrl(new URL('https://thuocdo.vn/nhung/../x/'))).toBeNull();
  });
});

describe('isHeightRequest(data)', () => {
  it('recognises the host’s request only', () => {
    expect(isHeightRequest(heightRequest())).toBe(true);
    expect(heightRequest()).toEqual({ type: 'thuocdo:height-request' });
    for (const data of [null, 'thuocdo:height-request', { type: 'thuocdo:height' }]) expect(isHeightRequest(data)).toBe(false);
  });
});

describe('EMBED_SANDBOX', () => {
  it('allows scripts, the embed’s own origin and the link back in a new, unsandboxed tab; nothing else', () => {
    expect(EMBED_SANDBOX.split(' ').sort()).toEqual([
      'allow-popups',
      'allow-popups-to-escape-sandbox',
      'allow-same-origin',
      'allow-scripts',
    ]);
  });
});

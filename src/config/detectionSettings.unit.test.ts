import { describe, expect, it } from 'vitest';
import { TEST_VALUE_GROUPS } from '../detect/scoring/testValues.ts';
import { loadConfig, loadDetectionSettings } from './config.ts';
import { TEST_VALUE_GROUP_NAMES } from './configSchema.ts';

describe('DETECTION_* settings', () => {
  it('default to the chat profile, no allow-list and the profile’s test values', () => {
    expect(loadConfig({}).detection).toEqual({ profile: 'chat', allowListPath: undefined, ignoreTestValues: undefined });
  });

  it('read the profile, the allow-list path and the test-value groups', () => {
    expect(loadDetectionSettings({ DETECTION_PROFILE: 'strict', DETECTION_ALLOW_LIST: ' ./allow.txt ', DETECTION_IGNORE_TEST_VALUES: 'Cards, ips' })).toEqual({
      profile: 'strict',
      allowListPath: './allow.txt',
      ignoreTestValues: ['cards', 'ips'],
    });
    expect(loadDetectionSettings({ DETECTION_IGNORE_TEST_VALUES: 'all' }).ignoreTestValues).toBe(true);
    expect(loadDetectionSettings({ DETECTION_IGNORE_TEST_VALUES: 'none' }).ignoreTestValues).toBe(false);
  });

  it('name a bad value, and the scan settings ignore service variables', () => {
    expect(() => loadDetectionSettings({ DETECTION_PROFILE: 'loose' })).toThrow(/DETECTION_PROFILE: must be chat or strict \(got "loose"\)/);
    expect(() => loadConfig({ DETECTION_IGNORE_TEST_VALUES: 'cards,faxes' })).toThrow(/DETECTION_IGNORE_TEST_VALUES: must be all, none, or a comma-separated list/);
    expect(loadDetectionSettings({ PORT: 'not a port' }).profile).toBe('chat');
  });

  it('know the same test-value groups as the detector', () => {
    expect([...TEST_VALUE_GROUP_NAMES].sort()).toEqual([...TEST_VALUE_GROUPS].sort());
  });
});

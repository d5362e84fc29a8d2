import { describe, expect, it } from 'vitest';
import { cardIssuerOf } from '../validators/cardIssuer.ts';
import { isLuhnValid } from '../validators/luhn.ts';
import {
  enabledTestValueGroups,
  isTestValue,
  TEST_CARD_NUMBERS,
  TEST_VALUE_GROUPS,
  type TestValueGroup,
} from './testValues.ts';

const ALL = TEST_VALUE_GROUPS;
const allBut = (group: TestValueGroup): TestValueGroup[] => ALL.filter((g) => g !== group);

describe('test values', () => {
  it.each([...TEST_CARD_NUMBERS])('lists %s, a number a card recognizer would report', (card) => {
    expect(isLuhnValid(card)).toBe(true);
    expect(cardIssuerOf(card)).toBeDefined();
  });

  describe.each<[TestValueGroup, string, string[], string[]]>([
    [
      'cards',
      'CREDIT_CARD',
      ['4242 4242 4242 4242', '4012-8888-8888-1881', '378282246310005', '6011111111111117', '36227206271667'],
      ['4539 1488 0343 6467', '4242424242424241'],
    ],
    [
      'phones',
      'PHONE',
      [
        '555-0100',
        '555-0199',
        '(312) 555-0117',
        '+1 (312) 555-0117',
        '+1 312 555 0117',
        '1-800-555-0199',
        '4155550132',
        '312.555.0150 ext. 12',
      ],
      ['555-0200', '555-0099', '(312) 555-1212', '(415) 555-2671', '+44 20 5550 1234', '+91 415 555 0132'],
    ],
    [
      'emails',
      'EMAIL',
      [
        'a@example.com',
        'M.Okafor@EXAMPLE.ORG',
        'x@mail.example.net',
        'u@shop.test',
        'u@site.example',
        'u@bad.invalid',
        'u@host.localhost',
      ],
      ['a@example.co.uk', 'a@notexample.com', 'a@example.com.au', 'a@testing.com', 'a@globex-mail.com'],
    ],
    ['ssns', 'US_SSN', ['078-05-1120', '219 09 9999', '078051120'], ['078-05-1123', '219-09-9998']],
    [
      'ips',
      'IP_ADDRESS',
      [
        '192.0.2.10',
        '198.51.100.7',
        '203.0.113.255',
        '233.252.0.1',
        '2001:db8::1',
        '2001:0DB8:85a3::8a2e:370:7334',
        '[2001:db8::1]',
        '3fff:abc::1',
      ],
      ['192.0.3.1', '8.8.8.8', '10.0.0.12', '2001:db9::1', '3fff:1000::1', '2001::1'],
    ],
  ])('the %s group', (group, label, testValues, realValues) => {
    it.each(testValues)('takes %j as a test value while the group is on', (value) => {
      expect(isTestValue(value, label, ALL)).toBe(true);
      expect(isTestValue(value, label, [group])).toBe(true);
    });

    it.each(testValues)('reports %j when the group is off', (value) => {
      expect(isTestValue(value, label, allBut(group))).toBe(false);
    });

    it.each(realValues)('does not take %j as a test value', (value) => {
      expect(isTestValue(value, label, ALL)).toBe(false);
    });
  });

  it('knows test card and SSN numbers under any label, phones, e-mails and IPs only under their own', () => {
    expect(isTestValue('4242424242424242', 'US_BANK_NUMBER', ALL)).toBe(true);
    expect(isTestValue('078051120', 'US_ITIN', ALL)).toBe(true);
    expect(isTestValue('3125550117', 'US_BANK_NUMBER', ALL)).toBe(false);
    expect(isTestValue('postgres://app:pw@localhost', 'SECRET', ALL)).toBe(false);
    expect(isTestValue('192.0.2.10', 'PHONE', ALL)).toBe(false);
  });

  describe('enabledTestValueGroups', () => {
    it('turns every group on by default and with true, none with false', () => {
      expect(enabledTestValueGroups()).toEqual([...ALL]);
      expect(enabledTestValueGroups(true)).toEqual([...ALL]);
      expect(enabledTestValueGroups(false)).toEqual([]);
    });

    it('turns off only the groups set to false', () => {
      expect(enabledTestValueGroups({ cards: false, ips: true })).toEqual(['phones', 'emails', 'ssns', 'ips']);
    });

    it('rejects an unknown group name', () => {
      expect(() => enabledTestValueGroups({ card: false } as never)).toThrow(/unknown test value group "card"/);
    });
  });
});

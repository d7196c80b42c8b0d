import { describe, expect, it } from 'vitest';
import { ACTIONS, ROLES, roleAllows, scopeAllows, TOKEN_SCOPES } from './access-rules';

// The access rules written out in full, as the closing documentation lists them: the routes are
// checked against the table by the authorisation matrix; this pins the table itself.
const EXPECTED: Record<
  string,
  { owner: boolean; editor: boolean; reader: boolean; read: boolean; write: boolean }
> = {
  'case.read': { owner: true, editor: true, reader: true, read: true, write: true },
  'case.export': { owner: true, editor: true, reader: true, read: true, write: true },
  'case.create': { owner: true, editor: true, reader: false, read: false, write: true },
  'case.update': { owner: true, editor: true, reader: false, read: false, write: true },
  'case.archive': { owner: true, editor: true, reader: false, read: false, write: true },
  'case.decide': { owner: true, editor: true, reader: false, read: false, write: true },
  'audit.read': { owner: true, editor: false, reader: false, read: false, write: false },
  'members.read': { owner: true, editor: true, reader: true, read: false, write: false },
  'members.manage': { owner: true, editor: false, reader: false, read: false, write: false },
  'tokens.manage': { owner: true, editor: false, reader: false, read: false, write: false },
  'organisation.manage': { owner: true, editor: false, reader: false, read: false, write: false },
  'profile.update': { owner: true, editor: true, reader: false, read: false, write: true },
  'directory.suggest': { owner: true, editor: true, reader: false, read: false, write: true },
  'challenge.create': { owner: true, editor: true, reader: false, read: false, write: true },
  'challenge.update': { owner: true, editor: true, reader: false, read: false, write: true },
  'interest.read': { owner: true, editor: true, reader: true, read: true, write: true },
  'interest.write': { owner: true, editor: true, reader: false, read: false, write: true },
};

describe('the access rules', () => {
  it('cover every action, and nothing else', () => {
    expect(Object.keys(EXPECTED).sort()).toEqual([...ACTIONS].sort());
  });

  it.each(ACTIONS)('%s: who may', (action) => {
    const expected = EXPECTED[action]!;
    for (const role of ROLES) expect(roleAllows(role, action), role).toBe(expected[role]);
    for (const scope of TOKEN_SCOPES)
      expect(scopeAllows(scope, action), scope).toBe(expected[scope]);
  });
});

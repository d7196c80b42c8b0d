import { describe, expect, it } from 'vitest';
import { safeLocalPath } from './safe-path';

describe('safeLocalPath', () => {
  it('keeps a plain path and drops query and fragment', () => {
    expect(safeLocalPath('/a/b-c?lang=en#x')).toBe('/a/b-c');
    expect(safeLocalPath('/%C3%A5rsbok')).toBe('/%C3%A5rsbok');
  });

  it.each(['//evil.example/x', '/\\evil.example', 'http://evil.example/', '', '/a b', '/<x>'])(
    'turns %j into the home page',
    (url) => {
      expect(safeLocalPath(url)).toBe('/');
    },
  );
});

import { fail, stringArg } from './apiMethod.ts';
import type { ApiMethod } from './apiMethod.ts';

/**
 * `files.info` (CONTRACTS.md 3.5): the whole file object, which is how a Slack Connect stub
 * (`file_access: "check_file_info"`) gets its name and URLs. Comments are not modelled: always none.
 */
export const filesInfo: ApiMethod = {
  name: 'files.info',
  acceptedScopes: ['files:read'],
  neededScope: () => 'files:read',
  handle({ workspace, args }) {
    const id = stringArg(args, 'file');
    if (id === undefined || id === '') {
      return fail('invalid_arguments', { response_metadata: { messages: ['[ERROR] missing required field: file'] } });
    }
    const file = workspace.files.get(id);
    if (file === undefined) return fail('file_not_found');
    if (file.deleted) return fail('file_deleted');
    const shared = [...file.channels];
    return {
      body: {
        ok: true,
        file: {
          ...workspace.fileObject(file),
          channels: shared.filter((c) => workspace.channels.get(c)?.kind === 'channel'),
          groups: shared.filter((c) => workspace.channels.get(c)?.kind === 'group'),
          ims: shared.filter((c) => workspace.channels.get(c)?.kind === 'im'),
          comments_count: 0,
        },
        comments: [],
        response_metadata: { next_cursor: '' },
      },
    };
  },
};

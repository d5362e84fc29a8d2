import type { StoredFile } from '../fakeFiles.ts';
import type { FakeWorkspace, TokenRecord } from '../fakeWorkspace.ts';
import { fail, stringArg } from './apiMethod.ts';
import type { ApiMethod } from './apiMethod.ts';

/**
 * `files.delete` (CONTRACTS.md 3.5), with the ownership rules of `chat.delete`: the bot token
 * removes only what the bot uploaded, a member's token their own files, an Owner/Admin's token any
 * file of the workspace; nobody here removes the external organisation's files. The messages that
 * shared the file keep a tombstone in their `files[]`.
 */
export const filesDelete: ApiMethod = {
  name: 'files.delete',
  acceptedScopes: ['files:write'],
  neededScope: () => 'files:write',
  handle({ workspace, args, caller }) {
    const id = stringArg(args, 'file');
    if (id === undefined || id === '') {
      return fail('invalid_arguments', { response_metadata: { messages: ['[ERROR] missing required field: file'] } });
    }
    const file = workspace.files.get(id);
    if (file === undefined) return fail('file_not_found');
    if (file.deleted) return fail('file_deleted');
    if (!mayDelete(workspace, caller, file)) return fail('cant_delete_file');
    workspace.deleteFile(file);
    workspace.fileDeletions.push({ fileId: file.id, by: caller.kind, byUser: caller.userId, at: workspace.now() });
    return { body: { ok: true } };
  },
};

function mayDelete(workspace: FakeWorkspace, caller: TokenRecord, file: StoredFile): boolean {
  if (workspace.isExternal({ teamId: file.userTeam })) return false;
  if (caller.kind === 'bot') return file.user === workspace.identity.botUserId;
  if (file.user === caller.userId) return true;
  const owner = workspace.users.get(caller.userId);
  return owner !== undefined && (owner.isAdmin || owner.isOwner);
}

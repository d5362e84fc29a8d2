import type { ApiMethod } from './apiMethod.ts';
import { authTest } from './authTest.ts';
import { chatDelete } from './chatDelete.ts';
import { chatPostMessage } from './chatPostMessage.ts';
import { conversationsOpen } from './conversationsOpen.ts';
import { filesDelete } from './filesDelete.ts';
import { filesInfo } from './filesInfo.ts';
import { usersInfo } from './usersInfo.ts';

/** Every Web API method the fake implements; anything else answers `unknown_method`. */
export const slackApiMethods: ReadonlyMap<string, ApiMethod> = new Map(
  [authTest, chatDelete, chatPostMessage, conversationsOpen, filesDelete, filesInfo, usersInfo].map((method) => [method.name, method]),
);

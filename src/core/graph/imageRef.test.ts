import { describe, expect, it } from 'vitest';
import { shortImage } from './imageRef.ts';

describe('shortImage', () => {
  it.each([
    ['linuxkit/getty:a86d74c8f89be8956330c3b115b0b1f2e09ef6e0', 'linuxkit/getty:a86d74c8f89b'],
    [
      'alpine@sha256:4bcff63911fcb4448bd4fdacec207030997caf25e9bea4045fa6c8c44de311d1',
      'alpine@sha256:4bcff63911fc',
    ],
    [
      'docker.io/library/nginx:1.25@sha256:4bcff63911fcb4448bd4fdacec207030997caf25e9bea4045fa6c8c44de311d1',
      'docker.io/library/nginx:1.25@sha256:4bcff63911fc',
    ],
    ['localhost:5000/app:0123456789abcdef', 'localhost:5000/app:0123456789ab'],
    ['localhost:5000/app', 'localhost:5000/app'],
    ['nginx:1.19.5-alpine', 'nginx:1.19.5-alpine'],
    ['linuxkit/kernel:6.12.59', 'linuxkit/kernel:6.12.59'],
    ['busybox', 'busybox'],
    ['', ''],
  ])('%s → %s', (full, short) => {
    expect(shortImage(full)).toBe(short);
  });
});

#ifndef VEENBRAND_ATOMIC_SWAP_H
#define VEENBRAND_ATOMIC_SWAP_H

/// Swaps two paths (files or folders) in one step, so that no moment exists in which either is
/// missing: Linux's renameat2(RENAME_EXCHANGE). Returns 0, or -1 with errno set (ENOSYS where
/// the system has no such call; EINVAL on file systems without it).
int veenbrand_exchange_paths(const char *first, const char *second);

#endif

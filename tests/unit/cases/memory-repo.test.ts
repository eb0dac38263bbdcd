import { MemoryRepo } from '../../../src/cases/memory-repo';
import { repoContract } from './repo-contract';

repoContract('the memory repository', async () => new MemoryRepo());

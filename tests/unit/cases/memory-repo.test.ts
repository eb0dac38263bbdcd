import { memoryRepo } from '../../../src/cases/memory-repo';
import { repoContract } from './repo-contract';

repoContract('the memory repository', async () => memoryRepo());

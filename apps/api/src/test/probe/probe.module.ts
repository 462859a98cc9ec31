import { Module } from '@nestjs/common';
import { ProbeResolver } from './probe.resolver.js';

@Module({ providers: [ProbeResolver] })
export class ProbeModule {}

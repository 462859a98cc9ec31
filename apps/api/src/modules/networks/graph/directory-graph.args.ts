import { ArgsType } from '@nestjs/graphql';
import { DirectoryMatchArgs } from '../directory/dtos/directory-match.args.js';

/** The map of the directory takes the list's search and filters, so both show the same networks. */
@ArgsType()
export class DirectoryGraphArgs extends DirectoryMatchArgs {}

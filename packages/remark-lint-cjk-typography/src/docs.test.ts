import {testRuleDocs} from '@moby-anatomy/rule-docs/test'
testRuleDocs(import.meta.dirname)

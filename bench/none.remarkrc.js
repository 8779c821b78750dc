import remarkGfm from 'remark-gfm'
export default {plugins: [remarkGfm]}

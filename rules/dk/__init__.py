"""Danish rules: one module per ydelse or tax, the pipeline that applies them in the authorities'
order, and the parameter data in ``params/``."""

[
  ''
    common indentation
      is removed
    from every line
  ''
  ''  first line follows the quotes
      second''
  ''
    escapes: ''$ ''' ''\n ''\t ''\r ''\\ ''\x
  ''
  ''
    ${"interpolated"} at the start
      and ''${"not interpolated"}
  ''
  ''one line''
  ''

    leading blank line kept, first empty line dropped
  ''
  ''
	tabs are not indentation
  ''
  ''$${x} $ $$''
  ''
    trailing spaces line removed
    ''
]

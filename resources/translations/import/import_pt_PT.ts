<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_PT">
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import customers</source>
        <translation>Importar clientes</translation>
    </message>
    <message>
        <source>Save errors CSV</source>
        <translation>Guardar CSV de erros</translation>
    </message>
    <message>
        <source>&amp;Import customers…</source>
        <translation>&amp;Importar clientes…</translation>
    </message>
    <message>
        <source>Import departed customers (Ctrl+I)</source>
        <translation>Importar clientes que saíram (Ctrl+I)</translation>
    </message>
    <message>
        <source>Import departed customers</source>
        <translation>Importar clientes que saíram</translation>
    </message>
    <message>
        <source>Choose a CSV or XLSX file exported from your CRM or billing system.</source>
        <translation>Escolha um ficheiro CSV ou XLSX exportado do seu CRM ou sistema de faturação.</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Ficheiro:</translation>
    </message>
    <message>
        <source>File to import</source>
        <translation>Ficheiro a importar</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Procurar…</translation>
    </message>
    <message>
        <source>Browse for the file</source>
        <translation>Procurar o ficheiro</translation>
    </message>
    <message>
        <source>Choose the file (Alt+B)</source>
        <translation>Escolher o ficheiro (Alt+P)</translation>
    </message>
    <message>
        <source>&amp;Sheet:</source>
        <translation>F&amp;olha:</translation>
    </message>
    <message>
        <source>Sheet of the workbook</source>
        <translation>Folha do livro</translation>
    </message>
    <message>
        <source>Phone &amp;region:</source>
        <translation>&amp;Região dos telefones:</translation>
    </message>
    <message>
        <source>Country for national phone numbers</source>
        <translation>País dos números de telefone nacionais</translation>
    </message>
    <message>
        <source>Brazil (+55, R$)</source>
        <translation>Brasil (+55, R$)</translation>
    </message>
    <message>
        <source>Portugal (+351, €)</source>
        <translation>Portugal (+351, €)</translation>
    </message>
    <message>
        <source>Importing… Cancel leaves the database as it was.</source>
        <translation>A importar… Cancelar deixa a base de dados como estava.</translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation>Progresso da importação</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Voltar</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Voltar</translation>
    </message>
    <message>
        <source>Cancel or close</source>
        <translation>Cancelar ou fechar</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensagem</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Avançar &gt;</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>Fe&amp;char</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Cancelar</translation>
    </message>
    <message>
        <source>Map the customer code or the name: one of them is required.</source>
        <translation>Associe o código do cliente ou o nome: um dos dois é obrigatório.</translation>
    </message>
    <message>
        <source>Import cancelled: nothing was imported.</source>
        <translation>Importação cancelada: nada foi importado.</translation>
    </message>
    <message>
        <source>The import failed and nothing was imported: %1</source>
        <translation>A importação falhou e nada foi importado: %1</translation>
    </message>
    <message>
        <source>Choose a file first.</source>
        <translation>Escolha primeiro um ficheiro.</translation>
    </message>
    <message>
        <source>Errors saved to %1</source>
        <translation>Erros guardados em %1</translation>
    </message>
</context>
<context>
    <name>MappingWidget</name>
    <message>
        <source>Column for %1</source>
        <translation>Coluna de %1</translation>
    </message>
    <message>
        <source>(not imported)</source>
        <translation>(não importar)</translation>
    </message>
    <message>
        <source>&amp;Preview: red rejects the row, yellow warns (point at a cell to read why):</source>
        <translation>Pré-&amp;visualização: vermelho rejeita a linha, amarelo é um aviso (aponte para a célula para ler o motivo):</translation>
    </message>
    <message>
        <source>Preview of the first rows</source>
        <translation>Pré-visualização das primeiras linhas</translation>
    </message>
</context>
<context>
    <name>SummaryWidget</name>
    <message>
        <source>&amp;Rejected rows:</source>
        <translation>Linhas &amp;rejeitadas:</translation>
    </message>
    <message>
        <source>Rejected rows</source>
        <translation>Linhas rejeitadas</translation>
    </message>
    <message>
        <source>&amp;Save errors CSV…</source>
        <translation>&amp;Guardar CSV de erros…</translation>
    </message>
    <message>
        <source>Save errors CSV</source>
        <translation>Guardar CSV de erros</translation>
    </message>
    <message>
        <source>Save the rejected rows to fix and import again (Alt+S)</source>
        <translation>Guardar as linhas rejeitadas para corrigir e importar de novo (Alt+G)</translation>
    </message>
    <message>
        <source>%1: %2 inserted, %3 updated, %4 unchanged, %5 rejected.
Warnings: %6 without revenue, %7 without departure date, %8 phones not recognised (kept as typed). New reasons to review: %9.</source>
        <translation>%1: %2 inseridos, %3 atualizados, %4 sem alterações, %5 rejeitados.
Avisos: %6 sem receita, %7 sem data de saída, %8 telefones não reconhecidos (mantidos tal como escritos). Novos motivos a rever: %9.</translation>
    </message>
    <message>
        <source>Row %1, %2: %3</source>
        <translation>Linha %1, %2: %3</translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <source>Customer code</source>
        <translation>Código do cliente</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefone</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segmento</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Região</translation>
    </message>
    <message>
        <source>Monthly revenue</source>
        <translation>Receita mensal</translation>
    </message>
    <message>
        <source>Lifetime value</source>
        <translation>Valor vitalício</translation>
    </message>
    <message>
        <source>Customer since</source>
        <translation>Cliente desde</translation>
    </message>
    <message>
        <source>Departure date</source>
        <translation>Data de saída</translation>
    </message>
    <message>
        <source>Served by (front-line rep)</source>
        <translation>Atendido por (colaborador da linha da frente)</translation>
    </message>
    <message>
        <source>Departure reason</source>
        <translation>Motivo da saída</translation>
    </message>
    <message>
        <source>Reason category</source>
        <translation>Categoria do motivo</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Observações</translation>
    </message>
    <message>
        <source>the file needs a column for the customer code or the name</source>
        <translation>o ficheiro precisa de uma coluna com o código do cliente ou o nome</translation>
    </message>
    <message>
        <source>unknown field &apos;%1&apos; (known: %2)</source>
        <translation>campo desconhecido &apos;%1&apos; (conhecidos: %2)</translation>
    </message>
    <message>
        <source>the file has no column &apos;%1&apos;</source>
        <translation>o ficheiro não tem a coluna &apos;%1&apos;</translation>
    </message>
    <message>
        <source>columns %2 have the same name &apos;%1&apos;: rename all but one, or choose one by its letter (--map %3=%4)</source>
        <translation>as colunas %2 têm o mesmo nome &apos;%1&apos;: mude o nome de todas menos uma, ou escolha uma pela letra (--map %3=%4)</translation>
    </message>
    <message>
        <source>the file cannot be read: %1</source>
        <translation>o ficheiro não pode ser lido: %1</translation>
    </message>
    <message>
        <source>the file is empty: no header row was found</source>
        <translation>o ficheiro está vazio: não foi encontrada nenhuma linha de cabeçalho</translation>
    </message>
    <message>
        <source>the workbook has no sheet named &apos;%1&apos; (sheets: %2)</source>
        <translation>o livro não tem nenhuma folha chamada &apos;%1&apos; (folhas: %2)</translation>
    </message>
    <message>
        <source>the file is not a CSV text file or an XLSX workbook</source>
        <translation>o ficheiro não é um CSV de texto nem um livro XLSX</translation>
    </message>
    <message>
        <source>the row has neither a customer code nor a name</source>
        <translation>a linha não tem código do cliente nem nome</translation>
    </message>
    <message>
        <source>no monthly revenue: reports show it as unknown</source>
        <translation>sem receita mensal: os relatórios a mostram como desconhecida</translation>
    </message>
    <message>
        <source>no departure date: reports show it as unknown</source>
        <translation>sem data de saída: os relatórios a mostram como desconhecida</translation>
    </message>
    <message>
        <source>phone number not recognised, kept as typed: %1</source>
        <translation>número de telefone não reconhecido, mantido tal como escrito: %1</translation>
    </message>
    <message>
        <source>not an amount of money: %1</source>
        <translation>não é um montante: %1</translation>
    </message>
    <message>
        <source>a negative amount is not allowed: %1</source>
        <translation>não é permitido um montante negativo: %1</translation>
    </message>
    <message>
        <source>the amount is too large: %1</source>
        <translation>o montante é demasiado grande: %1</translation>
    </message>
    <message>
        <source>not a date (use dd/mm/yyyy): %1</source>
        <translation>não é uma data (use dd/mm/aaaa): %1</translation>
    </message>
    <message>
        <source>impossible date: %1</source>
        <translation>data impossível: %1</translation>
    </message>
    <message>
        <source>the text is too long (at most %2 characters): %1</source>
        <translation>o texto é demasiado longo (no máximo %2 caracteres): %1</translation>
    </message>
    <message>
        <source>cell %1 holds a formula without a saved value: open the file in Excel, save it and import it again</source>
        <translation>a célula %1 tem uma fórmula sem valor guardado: abra o ficheiro no Excel, guarde-o e importe-o novamente</translation>
    </message>
    <message>
        <source>cell %1 holds a NUL or undecodable byte: correct it and import the row again</source>
        <translation>a célula %1 tem um byte NUL ou ilegível: corrija-o e importe a linha novamente</translation>
    </message>
    <message>
        <source>row %1 has more than %2 columns, the most an import reads</source>
        <translation>a linha %1 tem mais de %2 colunas, o máximo que uma importação lê</translation>
    </message>
    <message>
        <source>row %1 is longer than %2 characters, the most an import reads in one row</source>
        <translation>a linha %1 tem mais de %2 caracteres, o máximo que uma importação lê numa linha</translation>
    </message>
    <message>
        <source>cell %1 holds more than %2 characters, the most an import reads in one cell</source>
        <translation>a célula %1 tem mais de %2 caracteres, o máximo que uma importação lê numa célula</translation>
    </message>
    <message>
        <source>the file goes on past row %2 (row %1), the most an import reads</source>
        <translation>o ficheiro passa da linha %2 (linha %1), o máximo que uma importação lê</translation>
    </message>
    <message>
        <source>the file holds more than %2 cells (at row %1), the most an import reads</source>
        <translation>o ficheiro tem mais de %2 células (na linha %1), o máximo que uma importação lê</translation>
    </message>
    <message>
        <source>the workbook holds more than %2 shared texts, the most an import reads</source>
        <translation>o livro tem mais de %2 textos partilhados, o máximo que uma importação lê</translation>
    </message>
    <message>
        <source>the workbook&apos;s part %1 unpacks to more than %2 MB, the most an import reads</source>
        <translation>a parte %1 do livro descomprimida ultrapassa %2 MB, o máximo que uma importação lê</translation>
    </message>
    <message>
        <source>the workbook unpacks to %1 MB, more than the %2 MB an import reads</source>
        <translation>o livro descomprimido tem %1 MB, mais do que os %2 MB que uma importação lê</translation>
    </message>
    <message>
        <source>the workbook declares XML entities or a document type (%1), refused for safety</source>
        <translation>o livro declara entidades XML ou um tipo de documento (%1), recusado por segurança</translation>
    </message>
    <message>
        <source>the workbook is damaged and cannot be read: %1</source>
        <translation>o livro está danificado e não pode ser lido: %1</translation>
    </message>
</context>
</TS>
